import { fromHex } from './bytes.js';
import { parseCheckpoint } from './checkpoint.js';
import { recordLeafHash, verifyInclusion } from './merkle.js';
import { recomputeRecordHash, type StoredRecord } from './record-hash.js';
import { openSignedNote } from './signed-note.js';
import type { VerifierKey } from './verifier-key.js';

/** The inclusion proof as GET /v1/audit-events/{id}/inclusion-proof returns it (hashes in hex). */
export interface InclusionProofResponse {
  leafIndex: number;
  treeSize: number;
  rootHash: string;
  hashes: string[];
}

/** What the Verify button shows: green with what was checked, or red with the first reason it failed. */
export type EventVerdict =
  | { ok: true; treeSize: number; recomputedHash: string; summary: string }
  | { ok: false; reason: string; detail?: string; recomputedHash?: string };

/** What verifying one event needs from the server; the proof is fetched at the checkpoint's size. */
export interface EventVerificationSources {
  checkpointNote: () => Promise<string>;
  inclusionProof: (treeSize: number) => Promise<InclusionProofResponse>;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/**
 * Verifies one stored record in the browser: its hash (RFC 8785 + SHA-256), the latest checkpoint's
 * signature against the pinned key, and the record's inclusion in that checkpoint's tree, in that
 * order; the first failure is the verdict. The server's proof fields other than the hashes are not
 * trusted: the leaf index is the record's sequence − 1 and the root is the signed one.
 */
export async function verifyEvent(record: StoredRecord, key: VerifierKey, sources: EventVerificationSources): Promise<EventVerdict> {
  const recomputedHash = await recomputeRecordHash(record);
  if (recomputedHash !== record.hash) {
    return { ok: false, reason: 'hash does not match the record', detail: `stored ${record.hash}, recomputed ${recomputedHash}`, recomputedHash };
  }
  const opened = await openSignedNote(await sources.checkpointNote(), key);
  if (!opened.ok) {
    return opened.reason === 'malformed'
      ? { ok: false, reason: 'the checkpoint is malformed', detail: opened.detail, recomputedHash }
      : { ok: false, reason: 'checkpoint not signed by the pinned key', detail: opened.detail, recomputedHash };
  }
  const checkpoint = parseCheckpoint(opened.text);
  if (typeof checkpoint === 'string') return { ok: false, reason: 'the checkpoint is malformed', detail: checkpoint, recomputedHash };
  const size = checkpoint.treeSize;
  if (record.sequence > size) {
    return { ok: false, reason: `not yet in a signed checkpoint (the latest covers ${formatCount(size)} records)`, detail: 'checkpoints follow within seconds: verify again', recomputedHash };
  }
  const notIncluded = (detail: string): EventVerdict => ({ ok: false, reason: `not included in checkpoint ${formatCount(size)}`, detail, recomputedHash });
  let proof: InclusionProofResponse;
  try {
    proof = await sources.inclusionProof(size);
  } catch (error) {
    return notIncluded(`the server gave no proof: ${error instanceof Error ? error.message : String(error)}`);
  }
  let hashes: Uint8Array[];
  try {
    hashes = proof.hashes.map(fromHex);
  } catch {
    return notIncluded('the proof holds a hash that is not hex');
  }
  const included = await verifyInclusion(record.sequence - 1, size, await recordLeafHash(record.hash), hashes, checkpoint.rootHash);
  if (!included) return notIncluded(`the proof of leaf ${formatCount(record.sequence - 1)} does not lead to the signed root`);
  return {
    ok: true,
    treeSize: size,
    recomputedHash,
    summary: `hash matches the record; included in checkpoint ${formatCount(size)} signed by ${key.name}`,
  };
}
