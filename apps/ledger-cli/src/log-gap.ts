import { toLedgerStreamName, type LedgerGap } from '#ledger-domain';
import type { EventStore } from '#event-store';
import { hashAt, readChainTail } from '#ledger-writer';
import type { ReadModels } from '#read-models';
import type { CheckpointStore } from '#transparency-log';

/** How a ledger's log stands against everything the service acknowledged or signed. */
export interface LogGapReport {
  ledgerId: string;
  log: { length: number; headHash: string };
  /** The read models' head: the highest record the projector saw (0 when none). */
  readModels: { headSequence: number; headHash: string };
  /** The latest signed checkpoint the log is still held to. */
  checkpoint: { treeSize: number; rootHash: string } | undefined;
  /**
   * `intact`: the log holds everything acknowledged and signed. `gap`: records are missing (see
   * `gap`). `acknowledged`: the loss is already recorded in the log, the read models still show the
   * lost records (an interrupted recovery: rebuild them). `diverged`: the log holds another record
   * where the read models hold one (a rewrite, not a loss: recover cannot help).
   */
  state: 'intact' | 'gap' | 'acknowledged' | 'diverged';
  gap?: LedgerGap;
  diverged?: { sequence: number; logHash: string; readModelHash: string };
}

/** Records read from the read models per query. */
const PAGE = 1000;

/**
 * Compares the ledger's log with the read models' head and hashes and with the signed
 * checkpoints. The missing range runs from the log's length + 1 to the highest of the read models'
 * head and the latest checkpoint's size; the hash lost at each missing sequence is taken from the
 * read models (where they hold the record).
 */
export async function findLogGap(ledgerId: string, store: EventStore, readModels: ReadModels, checkpoints: CheckpointStore): Promise<LogGapReport> {
  const tail = await readChainTail(store, toLedgerStreamName(ledgerId));
  const head = readModels.ledgerHeads.get(ledgerId);
  const latest = checkpoints.latest(ledgerId);
  const base = {
    ledgerId,
    log: { length: tail.revision + 1, headHash: tail.hash },
    readModels: { headSequence: head.headSequence, headHash: head.headHash },
    checkpoint: latest && { treeSize: latest.treeSize, rootHash: latest.rootHash.toString('hex') },
  };
  const length = tail.revision + 1;
  // Where both hold a record, they must hold the same one: at the read models' head, or else at the log's.
  const compareAt = Math.min(head.headSequence, length);
  if (compareAt > 0) {
    const readModelHash = compareAt === head.headSequence ? head.headHash : recordHashes(readModels, ledgerId, compareAt, compareAt).get(compareAt);
    const logHash = compareAt === length ? tail.hash : (await hashAt(store, ledgerId, compareAt))!;
    if (readModelHash !== undefined && readModelHash !== logHash) {
      const acknowledged = await gapRecordFor(store, ledgerId, compareAt, readModelHash);
      return { ...base, state: acknowledged ? 'acknowledged' : 'diverged', diverged: { sequence: compareAt, logHash, readModelHash } };
    }
  }
  const mark = Math.max(head.headSequence, latest?.treeSize ?? 0);
  if (mark <= length) return { ...base, state: 'intact' };
  const fromSequence = length + 1;
  const supersededThrough = checkpoints.supersededThrough(ledgerId);
  const covering = checkpoints
    .list(ledgerId, { limit: Number.MAX_SAFE_INTEGER })
    .filter((c) => c.treeSize >= fromSequence && c.treeSize > supersededThrough)
    .map((c) => ({ treeSize: c.treeSize, rootHash: c.rootHash.toString('hex') }))
    .reverse();
  const gap: LedgerGap = {
    ledgerId,
    fromSequence,
    toSequence: mark,
    lostHeadHash: head.headSequence === mark ? head.headHash : null,
    lostHashes: recordHashes(readModels, ledgerId, fromSequence, Math.min(mark, head.headSequence)),
    supersededCheckpoints: covering,
  };
  return { ...base, state: 'gap', gap };
}

/** The read models' hashes of records from..to of the ledger (those they hold). */
function recordHashes(readModels: ReadModels, ledgerId: string, from: number, to: number): Map<number, string> {
  const hashes = new Map<number, string>();
  for (let first = from; first <= to; first += PAGE) {
    const sequences = Array.from({ length: Math.min(PAGE, to - first + 1) }, (_, i) => first + i);
    readModels.auditEvents.getJsonBySequences(ledgerId, sequences).forEach((json, i) => {
      if (json !== undefined) hashes.set(sequences[i]!, (JSON.parse(json) as { hash: string }).hash);
    });
  }
  return hashes;
}

/** True when the log's record at `sequence` is a LEDGER_GAP_ACKNOWLEDGED standing for the record the read models hold there. */
async function gapRecordFor(store: EventStore, ledgerId: string, sequence: number, readModelHash: string): Promise<boolean> {
  const [event] = await store.readStream(toLedgerStreamName(ledgerId), { fromRevision: sequence - 1, maxCount: 1 });
  if (event?.type !== 'LEDGER_GAP_ACKNOWLEDGED') return false;
  const gap = (event.data['context'] as { gap?: { lostHash?: unknown } } | undefined)?.gap;
  return gap?.lostHash === readModelHash || gap?.lostHash === null;
}
