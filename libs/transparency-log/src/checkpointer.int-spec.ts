import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCheckpointSigner } from './checkpoint-signing-key.js';
import { CheckpointStore } from './checkpoint-store.js';
import type { CheckpointOutcome } from './checkpoint-outcome.js';
import { instance, ORIGIN } from './testing/checkpointer-fixture.js';

const noteOf = (outcome: CheckpointOutcome): string => {
  if (outcome.outcome !== 'signed') throw new Error(`expected a signed checkpoint, got ${outcome.outcome}`);
  return outcome.checkpoint.note;
};

describe('two instances on one data directory', () => {
  let dataDir: string;
  const stores: CheckpointStore[] = [];
  /** An instance as the service starts it: the data directory's key, its own connection to the store. */
  async function start(overrides: Parameters<typeof instance>[0] = {}) {
    const { signer } = await loadCheckpointSigner({ origin: ORIGIN, dataDir });
    const store = CheckpointStore.open({ dataDir });
    stores.push(store);
    return instance({ signer, store, ...overrides });
  }
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tlog-instances-'));
  });
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sign the identical note for the same tree size, which the shared store keeps once', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    a.append('l', 1, 6);
    b.append('l', 1, 6);
    const note = noteOf(a.checkpointer.checkpoint('l', 6));
    // b, on a store of its own, signs the same bytes; offered to the shared store, they are ignored.
    const alone = instance({ signer: (await loadCheckpointSigner({ origin: ORIGIN, dataDir })).signer });
    alone.append('l', 1, 6);
    const sameNote = noteOf(alone.checkpointer.checkpoint('l', 6));
    expect(sameNote).toBe(note);
    expect(b.store.add({ ...b.store.latest('l')!, createdAt: 'later' })).toEqual({ outcome: 'already-stored' });
    // On the shared store b has nothing to sign at that size.
    expect(b.checkpointer.checkpoint('l', 6)).toMatchObject({ outcome: 'unchanged', latest: { treeSize: 6, note } });
  });

  it('continue each other\'s checkpoints: what one signed, the other checks against', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    a.append('l', 1, 3);
    b.append('l', 1, 3);
    noteOf(a.checkpointer.checkpoint('l', 3));
    a.append('l', 4, 5);
    b.append('l', 4, 5);
    noteOf(b.checkpointer.checkpoint('l', 5));
    // a's tree is rebuilt from a rewritten log: it contradicts the checkpoint b signed.
    a.tree.replace('l', []);
    a.append('l', 1, 7, ' rewritten');
    expect(a.checkpointer.checkpoint('l', 7)).toMatchObject({ outcome: 'contradiction', contradiction: { checkpointSize: 5, reason: 'root-differs' } });
    expect(b.store.list('l', { limit: 10 }).map((c) => c.treeSize)).toEqual([5, 3]);
  });

  it('do not mistake a checkpoint the other signed while the log length was read for a truncated log', async () => {
    const b = await start();
    let firstRead = true;
    const a = await start({
      logLength: async () => {
        if (!firstRead) return 6;
        firstRead = false;
        // While a reads the log length (4, say), the log grows to 5 and b checkpoints it.
        b.append('l', 1, 5);
        b.checkpointer.checkpoint('l', 5);
        return 4;
      },
    });
    a.append('l', 1, 6);
    const outcome = await a.checkpointer.checkpointNow('l');
    expect(a.contradictions).toEqual([]);
    expect(outcome).toMatchObject({ outcome: 'signed', checkpoint: { treeSize: 6 } });
    expect(a.store.list('l', { limit: 10 }).map((c) => c.treeSize)).toEqual([6, 5]);
  });
});
