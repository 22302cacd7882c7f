import type { RecordedEvent } from '#event-store';
import { fromLedgerStreamName } from '#ledger-domain';

/** A leaf of a ledger's tree: record `sequence` is leaf sequence − 1, its data the record's hash. */
export interface MerkleLeaf {
  ledgerId: string;
  sequence: number;
  /** The 32 raw bytes of the record's hash (RFC 9162 leaf data). */
  data: Buffer;
}

const RECORD_HASH = /^[0-9a-f]{64}$/;

/**
 * The leaf an event contributes, or undefined for an event that is no ledger record: outside a
 * ledger stream, unreadable, or without a positive integer `sequence` and a string `hash`.
 * @throws Error for a record whose hash is not 64 lowercase hex digits: its chain is broken, and
 *   leaving it out would give every later record the wrong leaf index.
 */
export function merkleLeafOf(event: RecordedEvent): MerkleLeaf | undefined {
  const ledgerId = fromLedgerStreamName(event.streamName);
  if (ledgerId === undefined || event.unreadable) return undefined;
  const { sequence, hash } = event.data;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 1 || typeof hash !== 'string') return undefined;
  if (!RECORD_HASH.test(hash)) throw new Error(`record ${sequence} of ledger ${ledgerId} (position ${event.position}) has a malformed hash`);
  return { ledgerId, sequence, data: Buffer.from(hash, 'hex') };
}
