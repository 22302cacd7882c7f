import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealRecordText } from '#integrity';
import type { LedgerGap } from '#ledger-domain';
import { SqliteEventStore } from '#event-store/sqlite';
import { ExportRefusedError, restoreFromExport } from './restore-from-export.js';
import { appendSealedLedger } from './testing/sealed-ledger.js';


describe('re-appending lost records from an export', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  /** The 5 records' stored texts, as the export carries them (one JSON record a line). */
  let lines: string[];
  let gap: LedgerGap;
  let headHash: string;
  /** The stored bytes of records 4 and 5 before they were lost. */
  let lostBytes: string[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'restore-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename: file });
    const records = await appendSealedLedger(store, 'l', 5);
    lines = records.map((record) => JSON.stringify(record));
    lostBytes = (await store.readStreamData('ledger-l', { fromRevision: 3 })).map((event) => Buffer.from(event.data).toString('hex'));
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE revision >= 3').run();
    db.close();
    headHash = records[2]!.hash;
    gap = { ledgerId: 'l', fromSequence: 4, toSequence: 5, lostHeadHash: records[4]!.hash, lostHashes: new Map([[4, records[3]!.hash], [5, records[4]!.hash]]), supersededCheckpoints: [] };
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exportOf = (content: string[]) => {
    const path = join(dir, 'records.ndjson');
    writeFileSync(path, `${content.join('\n')}\n`);
    return path;
  };
  const storedCount = async () => (await store.readStream('ledger-l')).length;
  const rewritten = (line: string, change: Record<string, unknown>) => {
    const { hash: _hash, ...record } = { ...JSON.parse(line), ...change };
    return JSON.stringify({ ...record, hash: sealRecordText(record).hash });
  };

  it('appends exactly the missing records, skipping those the log holds, stored as they were first', async () => {
    await expect(restoreFromExport(store, gap, headHash, exportOf(lines))).resolves.toBe(2);
    const restored = await store.readStreamData('ledger-l', { fromRevision: 3 });
    expect(restored.map((event) => Buffer.from(event.data).toString('hex'))).toEqual(lostBytes);
  });

  it.each([
    ['a record edited without its hash', (l: string[]) => [l[0]!, l[1]!, l[2]!, l[3]!.replace('"ALLOW"', '"DENY"'), l[4]!], /record 4 .*hash does not match its content/],
    ['a consistent forgery (rehashed) that is not what was acknowledged', (l: string[]) => [rewritten(l[3]!, { result: 'DENY' }), l[4]!], /record 4 .*is not the record the ledger acknowledged/],
    ['an export that stops short', (l: string[]) => l.slice(0, 4), /export ends before record 5/],
    ['an export with a hole', (l: string[]) => [l[0]!, l[4]!], /the export has no record 4/],
    ['a record of another ledger', (l: string[]) => [rewritten(l[3]!, { ledgerId: 'other' })], /a record of ledger "other"/],
    ['a line that is not JSON', () => ['{"sequence":4,'], /line 1 is not JSON/],
  ])('refuses %s, appending nothing', async (_what, build, message) => {
    await expect(restoreFromExport(store, gap, headHash, exportOf(build(lines)))).rejects.toThrow(ExportRefusedError);
    await expect(restoreFromExport(store, gap, headHash, exportOf(build(lines)))).rejects.toThrow(message);
    expect(await storedCount()).toBe(3);
  });
});
