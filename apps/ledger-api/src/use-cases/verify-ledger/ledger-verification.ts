/** Answer of GET /v1/ledger/verify. */
export interface LedgerVerification {
  intact: boolean;
  verifiedCount: number;
  firstBrokenSequence: number | null;
  reason: string | null;
  /** Where the next call should start; null when the requested range is done or broken. */
  nextFromSequence: number | null;
}
