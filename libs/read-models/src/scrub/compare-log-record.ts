import { checkStoredRecordBytes, computeRecordHash, describeEnvelopeMismatches, envelopeMismatches, hashLeaf, readRecordIdentity, type RecordEnvelope } from '#integrity';
import type { IntegrityViolation, IntegrityViolationKind } from './integrity-violation.js';

/** A record as the log stores it: its place, its bytes and its envelope. */
export interface LogRecordView {
  ledgerId: string;
  /** 0-based: the record must carry sequence revision + 1. */
  revision: number;
  bytes: Uint8Array;
  envelope: RecordEnvelope;
}

/** The read models' copies of one record. */
export interface ReadModelCopies {
  /**
   * The audit-event index's JSON text of the record at this sequence; null when the index has
   * passed the record's log position without a row for it; undefined when it has not reached it.
   */
  indexRow: string | null | undefined;
  /** The Merkle tree's hash of leaf sequence − 1; undefined when the tree is not that large. */
  leafHash: Uint8Array | undefined;
  /** The ledger head's hash when the head is at this sequence; undefined otherwise. */
  headHash: string | undefined;
}

/** What comparing one record found, and what the next record must link to. */
export interface RecordComparison {
  violations: IntegrityViolation[];
  /** The record's stored hash (even if the record is altered); undefined when its bytes are unreadable. */
  storedHash: string | undefined;
}

/**
 * Compares one log record with itself (hash, sequence), with its predecessor's stored hash
 * (`previousHash`: the hash it must link to, 64 zeros for sequence 1, undefined when unknown
 * because the record before is missing or unreadable), with its store envelope and with the read
 * models' copies. Pure; never throws; reads its inputs only.
 */
export function compareLogRecord(record: LogRecordView, previousHash: string | undefined, copies: ReadModelCopies): RecordComparison {
  const sequence = record.revision + 1;
  const violations: IntegrityViolation[] = [];
  const found = (kind: IntegrityViolationKind, detail: string) => violations.push({ ledgerId: record.ledgerId, sequence, kind, detail });
  const check = checkStoredRecordBytes(record.bytes);
  if (!check) {
    found('unreadable-record', `sequence ${sequence}: the stored bytes are not valid JSON for a record`);
    return { violations, storedHash: undefined };
  }
  if (!check.hashValid) found('hash-mismatch', `sequence ${sequence}: the stored record does not hash to its stored hash`);
  if (check.sequence !== sequence) found('sequence-mismatch', `sequence ${sequence}: the record stored there carries sequence ${String(check.sequence)}`);
  if (previousHash !== undefined && check.previousHash !== previousHash) {
    found('previous-hash-mismatch', `sequence ${sequence}: previousHash is not the stored hash of sequence ${sequence - 1}`);
  }
  const identity = readRecordIdentity(record.bytes) ?? { eventId: undefined, eventType: undefined };
  for (const kind of envelopeMismatches(identity, check, record.envelope)) {
    found(kind, `sequence ${sequence}: ${describeEnvelopeMismatches([kind])}`);
  }
  compareIndexRow(copies.indexRow, { eventId: identity.eventId, hash: check.hash }, sequence, found);
  if (copies.leafHash !== undefined && !sameLeaf(copies.leafHash, check.hash)) {
    found('tree-leaf-differs', `sequence ${sequence}: the Merkle tree's leaf is not the hash of the stored record`);
  }
  if (copies.headHash !== undefined && copies.headHash !== check.hash) {
    found('head-differs', `sequence ${sequence}: the ledger head's hash is not the stored record's`);
  }
  return { violations, storedHash: typeof check.hash === 'string' ? check.hash : undefined };
}

function compareIndexRow(
  row: string | null | undefined,
  logged: { eventId: unknown; hash: unknown },
  sequence: number,
  found: (kind: IntegrityViolationKind, detail: string) => void,
): void {
  if (row === undefined) return;
  if (row === null) return void found('index-missing', `sequence ${sequence}: the audit-event index has no row for the stored record`);
  let indexed: { [member: string]: unknown };
  try {
    indexed = JSON.parse(row) as { [member: string]: unknown };
  } catch {
    return void found('index-altered', `sequence ${sequence}: the audit-event index row is not valid JSON`);
  }
  if (indexed['hash'] !== logged.hash || indexed['eventId'] !== logged.eventId) {
    found('index-differs', `sequence ${sequence}: the audit-event index serves another record than the log holds`);
  }
  if (!hashesToItself(indexed)) found('index-altered', `sequence ${sequence}: the audit-event index row does not hash to its own hash`);
}

function hashesToItself(indexed: { [member: string]: unknown }): boolean {
  try {
    return computeRecordHash(indexed) === indexed['hash'];
  } catch {
    return false;
  }
}

function sameLeaf(leafHash: Uint8Array, recordHash: unknown): boolean {
  if (typeof recordHash !== 'string' || !/^[0-9a-f]{64}$/.test(recordHash)) return false;
  return Buffer.from(leafHash).equals(hashLeaf(Buffer.from(recordHash, 'hex')));
}
