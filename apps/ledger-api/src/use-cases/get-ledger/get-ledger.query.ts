import { Query } from '@nestjs/cqrs';
import type { LedgerSummary } from './ledger-summary.js';

/** The caller's ledger: length and head of its chain. */
export class GetLedgerQuery extends Query<LedgerSummary> {
  constructor(readonly ledgerId: string) {
    super();
  }
}
