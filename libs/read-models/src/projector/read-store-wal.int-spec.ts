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

  it('stays near 1 MiB however much is written, where 16 KiB pages would let it grow to 16 MiB', () => {
    readStore.db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)');
    const insert = readStore.db.prepare('INSERT INTO rows (text) VALUES (?)');
    for (let batch = 0; batch < 40; batch++) readStore.db.transaction(() => insert.run('x'.repeat(200_000)))();
    expect(walBytes()).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('gives all of it back on releaseWal (after a write failed on a full disk)', () => {
    readStore.db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)');
    readStore.db.prepare('INSERT INTO rows (text) VALUES (?)').run('x'.repeat(100_000));
    expect(walBytes()).toBeGreaterThan(0);
    expect(readStore.releaseWal()).toBe(true);
    expect(walBytes()).toBe(0);
  });
});
