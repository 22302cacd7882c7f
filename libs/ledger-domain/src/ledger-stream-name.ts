/** The one place a ledger's stream name is made. One stream (one hash chain) per ledger. */
export function toLedgerStreamName(ledgerId: string): string {
  return `ledger-${ledgerId}`;
}

/** Inverse of {@link toLedgerStreamName}; undefined for streams that are not ledgers. */
export function fromLedgerStreamName(streamName: string): string | undefined {
  return streamName.startsWith('ledger-') ? streamName.slice('ledger-'.length) : undefined;
}
