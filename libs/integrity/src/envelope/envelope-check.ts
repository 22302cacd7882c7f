import type { ChainedRecord } from '../chain-verification.js';
import type { RecordIdentity } from './record-identity.js';

/**
 * What the store keeps beside a record, outside its hash: the event id and type columns (SQLite
 * `event_id`, `type`; EventStoreDB's event id and type) and the metadata copies of the record's
 * sequence, hash and previousHash (undefined when the metadata is no JSON object).
 */
export interface RecordEnvelope {
  eventId: string;
  type: string;
  metadata: { readonly [member: string]: unknown } | undefined;
}

/**
 * Each way an envelope can disagree with its record:
 * - `envelope-event-id`: the store's event id is not the record's `eventId`;
 * - `envelope-type`: the store's type is not the record's `eventType`;
 * - `envelope-sequence`, `envelope-hash`, `envelope-previous-hash`: a metadata copy differs;
 * - `envelope-unreadable`: the metadata is no JSON object.
 */
export type EnvelopeMismatch =
  | 'envelope-event-id'
  | 'envelope-type'
  | 'envelope-sequence'
  | 'envelope-hash'
  | 'envelope-previous-hash'
  | 'envelope-unreadable';

const DESCRIPTIONS: Record<EnvelopeMismatch, string> = {
  'envelope-event-id': "the store's event id is not the record's eventId",
  'envelope-type': "the store's type is not the record's eventType",
  'envelope-sequence': "the metadata's sequence is not the record's",
  'envelope-hash': "the metadata's hash is not the record's",
  'envelope-previous-hash': "the metadata's previousHash is not the record's",
  'envelope-unreadable': "the store's metadata is not a JSON object",
};

const NONE: readonly EnvelopeMismatch[] = Object.freeze([]);

/**
 * Where a record's envelope disagrees with the record (its identity and chain members as its
 * stored bytes give them), in the order of {@link EnvelopeMismatch}; empty when they agree. The
 * writer reads its chain tail from the metadata, and the store refuses duplicates by its event
 * id, so a disagreement means the store was edited outside its API. Pure; never throws.
 */
export function envelopeMismatches(identity: RecordIdentity, chain: ChainedRecord, envelope: RecordEnvelope): readonly EnvelopeMismatch[] {
  const metadata = envelope.metadata;
  // Verification checks every record: the usual answer costs no allocation.
  const agree =
    envelope.eventId === identity.eventId &&
    envelope.type === identity.eventType &&
    metadata !== undefined &&
    metadata['sequence'] === chain.sequence &&
    metadata['hash'] === chain.hash &&
    metadata['previousHash'] === chain.previousHash;
  if (agree) return NONE;
  const found: EnvelopeMismatch[] = [];
  if (envelope.eventId !== identity.eventId) found.push('envelope-event-id');
  if (envelope.type !== identity.eventType) found.push('envelope-type');
  if (metadata === undefined) return [...found, 'envelope-unreadable'];
  if (metadata['sequence'] !== chain.sequence) found.push('envelope-sequence');
  if (metadata['hash'] !== chain.hash) found.push('envelope-hash');
  if (metadata['previousHash'] !== chain.previousHash) found.push('envelope-previous-hash');
  return found;
}

/** A phrase for the mismatches, e.g. "the store's type is not the record's eventType". */
export function describeEnvelopeMismatches(mismatches: readonly EnvelopeMismatch[]): string {
  return mismatches.map((mismatch) => DESCRIPTIONS[mismatch]).join('; ');
}
