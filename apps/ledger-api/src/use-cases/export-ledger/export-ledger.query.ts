import { Query } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';

/** The records of sequences [fromSequence, toSequence] as NDJSON, exactly as GET /v1/audit-events/{id} serves each. */
export class ExportLedgerQuery extends Query<Readable> {
  constructor(
    readonly ledgerId: string,
    readonly fromSequence: number,
    readonly toSequence: number | undefined,
  ) {
    super();
  }
}
