import { createHash } from 'node:crypto';
import { generateNoteKey, parseNoteSigner, type NoteSigner } from '#integrity';
import { Checkpointer, type CheckpointerOptions } from '../checkpointer.js';
import { CheckpointStore } from '../checkpoint-store.js';
import type { LogContradiction } from '../log-contradiction.js';
import { InMemoryMerkleTreeView } from './in-memory-merkle-tree-view.js';

export const ORIGIN = 'audit-ledger.localhost';

/** The hash of record `sequence` of a test ledger; `variant` gives a rewritten history. */
export const recordHash = (sequence: number, variant = ''): Buffer => createHash('sha256').update(`record ${sequence}${variant}`).digest();

/** Hashes of records from..to (inclusive). */
export const recordHashes = (from: number, to: number, variant = ''): Buffer[] =>
  Array.from({ length: to - from + 1 }, (_, i) => recordHash(from + i, variant));

export function newSigner(): { signer: NoteSigner; verifierKey: string } {
  const key = generateNoteKey(ORIGIN);
  return { signer: parseNoteSigner(key.privateKey), verifierKey: key.verifierKey };
}

/** One instance: its own tree view, a store (in memory unless given), a log length per ledger. */
export function instance(overrides: Partial<CheckpointerOptions> & { store?: CheckpointStore; signer?: NoteSigner } = {}) {
  const tree = new InMemoryMerkleTreeView();
  const store = overrides.store ?? CheckpointStore.open({ filename: ':memory:' });
  const logLengths = new Map<string, number>();
  const contradictions: LogContradiction[] = [];
  const errors: Array<[unknown, string]> = [];
  const checkpointer = new Checkpointer({
    tree,
    store,
    signer: overrides.signer ?? newSigner().signer,
    origin: ORIGIN,
    now: () => new Date('2025-06-01T12:00:00.000Z'),
    ledgers: () => [...logLengths.keys()],
    // By default the log holds exactly what the tree holds.
    logLength: async (ledgerId) => logLengths.get(ledgerId) ?? tree.treeSize(ledgerId),
    onContradiction: (contradiction) => contradictions.push(contradiction),
    onError: (error, ledgerId) => errors.push([error, ledgerId]),
    ...overrides,
  });
  /** Appends records to both the log and the tree of `ledgerId`. */
  const append = (ledgerId: string, from: number, to: number, variant = ''): void => {
    tree.append(ledgerId, ...recordHashes(from, to, variant));
    logLengths.set(ledgerId, tree.treeSize(ledgerId));
  };
  return { tree, store, checkpointer, logLengths, contradictions, errors, append };
}
