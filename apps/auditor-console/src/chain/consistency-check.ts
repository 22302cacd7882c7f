import type { LedgerApi } from '../api/ledger-api.js';
import { fromHex } from '../verify/bytes.js';
import { parseCheckpoint, type Checkpoint } from '../verify/checkpoint.js';
import { formatCount } from '../verify/event-verdict.js';
import { verifyConsistency } from '../verify/merkle.js';
import { openSignedNote } from '../verify/signed-note.js';
import type { VerifierKey } from '../verify/verifier-key.js';

/** The verdict of a consistency check: does today's signed log extend the checkpoint the auditor kept? */
export type ConsistencyVerdict = { ok: true; summary: string } | { ok: false; reason: string };

async function signedCheckpoint(note: string, key: VerifierKey, which: string): Promise<Checkpoint | string> {
  const opened = await openSignedNote(note, key);
  if (!opened.ok) return opened.reason === 'malformed' ? `${which} checkpoint is malformed: ${opened.detail}` : `${which} checkpoint not signed by the pinned key`;
  const checkpoint = parseCheckpoint(opened.text);
  return typeof checkpoint === 'string' ? `${which} checkpoint is malformed: ${checkpoint}` : checkpoint;
}

/**
 * RFC 9162 §2.1.4 in the browser: both checkpoints signed by the pinned key, then the server's
 * consistency proof from the kept size to the latest checked against both signed roots.
 */
export async function checkConsistency(api: LedgerApi, keptNote: string, key: VerifierKey): Promise<ConsistencyVerdict> {
  const kept = await signedCheckpoint(keptNote, key, 'the kept');
  if (typeof kept === 'string') return { ok: false, reason: kept };
  const latest = await signedCheckpoint(await api.text('/v1/ledger/checkpoint'), key, 'the latest');
  if (typeof latest === 'string') return { ok: false, reason: latest };
  if (latest.origin !== kept.origin) return { ok: false, reason: `the checkpoints are of different logs (${kept.origin}, ${latest.origin})` };
  if (latest.treeSize < kept.treeSize) {
    return { ok: false, reason: `the log is shorter than the checkpoint you kept (${formatCount(latest.treeSize)} < ${formatCount(kept.treeSize)})` };
  }
  const proof = await api.json<{ hashes: string[] }>(`/v1/ledger/consistency-proof?from_size=${kept.treeSize}&to_size=${latest.treeSize}`);
  const consistent = await verifyConsistency(kept.treeSize, latest.treeSize, kept.rootHash, latest.rootHash, proof.hashes.map(fromHex));
  return consistent
    ? { ok: true, summary: `the latest checkpoint (${formatCount(latest.treeSize)} records) extends the one you kept (${formatCount(kept.treeSize)})` }
    : { ok: false, reason: `not a prefix: the first ${formatCount(kept.treeSize)} records are not the ones your checkpoint signed` };
}
