import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKPOINT_DATABASE_FILE, CheckpointStore } from './checkpoint-store.js';
import type { StoredCheckpoint } from './stored-checkpoint.js';

const checkpoint = (ledgerId: string, treeSize: number, fill = treeSize): StoredCheckpoint => ({
  ledgerId,
  treeSize,
  rootHash: Buffer.alloc(32, fill),
  createdAt: `2025-01-01T00:00:${String(treeSize % 60).padStart(2, '0')}.000Z`,
  note: `example/${ledgerId}\n${treeSize}\n${Buffer.alloc(32, fill).toString('base64')}\n\n— sig ${fill}\n`,
});

describe('CheckpointStore', () => {
  let dataDir: string;
  let store: CheckpointStore;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tlog-store-'));
    store = CheckpointStore.open({ dataDir });
  });
  afterEach(() => {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no checkpoint for a new ledger', () => {
    expect(store.latest('a')).toBeUndefined();
    expect(store.atSize('a', 1)).toBeUndefined();
    expect(store.list('a', { limit: 10 })).toEqual([]);
  });

  it('returns what was added: latest is the largest size, per ledger', () => {
    for (const size of [1, 5, 3]) expect(store.add(checkpoint('a', size))).toEqual({ outcome: 'added' });
    store.add(checkpoint('b', 9));
    expect(store.latest('a')).toEqual(checkpoint('a', 5));
    expect(store.atSize('a', 3)).toEqual(checkpoint('a', 3));
    expect(store.atSize('a', 9)).toBeUndefined();
    expect(store.latest('b')).toEqual(checkpoint('b', 9));
  });

  it('lists newest first, one page after another by size', () => {
    for (let size = 1; size <= 7; size++) store.add(checkpoint('a', size));
    store.add(checkpoint('b', 100));
    const first = store.list('a', { limit: 3 });
    expect(first.map((c) => c.treeSize)).toEqual([7, 6, 5]);
    const second = store.list('a', { limit: 3, beforeSize: first.at(-1)!.treeSize });
    expect(second.map((c) => c.treeSize)).toEqual([4, 3, 2]);
    expect(store.list('a', { limit: 3, beforeSize: 2 }).map((c) => c.treeSize)).toEqual([1]);
    expect(store.list('a', { limit: 3, beforeSize: 1 })).toEqual([]);
  });

  it('keeps the checkpoints across a restart (reopening the file)', () => {
    store.add(checkpoint('a', 4));
    store.close();
    store = CheckpointStore.open({ dataDir });
    expect(store.latest('a')).toEqual(checkpoint('a', 4));
  });

  it('ignores the identical note for a size already stored, keeping the first one', () => {
    store.add(checkpoint('a', 4));
    expect(store.add({ ...checkpoint('a', 4), createdAt: '2030-01-01T00:00:00.000Z' })).toEqual({ outcome: 'already-stored' });
    expect(store.atSize('a', 4)).toEqual(checkpoint('a', 4));
  });

  it('reports a different note for a size already stored, and keeps the stored one', () => {
    store.add(checkpoint('a', 4));
    expect(store.add(checkpoint('a', 4, 0xee))).toEqual({ outcome: 'conflict', stored: checkpoint('a', 4) });
    expect(store.list('a', { limit: 10 })).toEqual([checkpoint('a', 4)]);
  });

  it('is shared by every instance opening the data directory', () => {
    const other = CheckpointStore.open({ dataDir });
    try {
      other.add(checkpoint('a', 2));
      expect(store.latest('a')).toEqual(checkpoint('a', 2));
      expect(store.add(checkpoint('a', 2))).toEqual({ outcome: 'already-stored' });
    } finally {
      other.close();
    }
  });

  it('is a WAL database and append-only, even to raw SQL', () => {
    store.add(checkpoint('a', 2));
    const raw = new Database(join(dataDir, CHECKPOINT_DATABASE_FILE));
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(() => raw.prepare("UPDATE checkpoints SET note = 'forged'").run()).toThrow(/append-only/);
      expect(() => raw.prepare('DELETE FROM checkpoints').run()).toThrow(/append-only/);
      expect(() => raw.prepare("INSERT INTO checkpoints VALUES ('a', 3, x'00', 't', 'n')").run()).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
    expect(store.latest('a')).toEqual(checkpoint('a', 2));
  });
});
