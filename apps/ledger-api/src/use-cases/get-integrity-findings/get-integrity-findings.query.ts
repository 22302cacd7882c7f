import { Query } from '@nestjs/cqrs';
import type { FindingKey, IntegrityFinding, IntegritySummary } from '#read-models';

/** Answer of GET /v1/admin/integrity. */
export interface IntegrityFindingsPage {
  ledgerId: string;
  /** Open findings of the ledger, counted by kind. */
  openFindings: number;
  byKind: IntegritySummary['byKind'];
  findings: IntegrityFinding[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

/** A page of what the scrubber found in the ledger, in sequence order. */
export class GetIntegrityFindingsQuery extends Query<IntegrityFindingsPage> {
  constructor(
    readonly ledgerId: string,
    readonly limit: number,
    readonly after: FindingKey | undefined,
    readonly openOnly: boolean,
  ) {
    super();
  }
}
