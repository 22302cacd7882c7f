import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadStore } from './read-store.js';

describe('the read store’s WAL, which must not hold back the space the log needs', () => {
  let dir: string;
  let readStore: ReadStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-store-wal-'));
    readStore = ReadStore.open(join(dir, 'read-models.db'));
  });
  afterEach(() => {
    readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const walBytes = () => statSync(join(dir, 'read-models.db-wal')).size;

  const writeMegabytes = (megabytes: number, afterEach: () => void) => {
    readStore.db.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, text TEXT)');
    const insert = readStore.db.prepare('INSERT INTO rows (text) VALUES (?)');
    for (let batch = 0; batch < megabytes * 5; batch++) {
      readStore.db.transaction(() => insert.run('x'.repeat(200_000)))();
      afterEach();
    }
  };

  it('is truncated after every batch while the disk is short of space, so it never holds more than a batch', () => {
    writeMegabytes(8, () => readStore.releaseWalIfSpaceIsShort(Number.POSITIVE_INFINITY));
    expect(walBytes()).toBe(0);
  });

  it('is left to SQLite’s autocheckpoint while the disk has room (checkpointing every batch costs)', () => {
    writeMegabytes(8, () => readStore.releaseWalIfSpaceIsShort(0));
    expect(walBytes()).toBeGreaterThan(4 * 1024 * 1024);
  });

  it('gives all of it back on releaseWal (after a write failed on a full disk)', () => {
    readStore.db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)');
    readStore.db.prepare('INSERT INTO rows (text) VALUES (?)').run('x'.repeat(100_000));
    expect(walBytes()).toBeGreaterThan(0);
    expect(readStore.releaseWal()).toBe(true);
    expect(walBytes()).toBe(0);
  });
});
