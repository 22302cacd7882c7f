import { Query } from '@nestjs/cqrs';
import type { LedgerVerification } from './ledger-verification.js';

/** Verify sequences [fromSequence, toSequence] of a ledger's chain, at most maxRecords of them. */
export class VerifyLedgerQuery extends Query<LedgerVerification> {
  constructor(
    readonly ledgerId: string,
    readonly fromSequence: number,
    readonly toSequence: number | undefined,
    readonly maxRecords: number,
  ) {
    super();
  }
}
