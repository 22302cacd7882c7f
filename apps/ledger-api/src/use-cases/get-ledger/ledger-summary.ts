/** Answer of GET /v1/ledger. */
export interface LedgerSummary {
  ledgerId: string;
  length: number;
  headSequence: number;
  headHash: string;
}
