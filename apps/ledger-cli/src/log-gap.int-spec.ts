import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecord } from '#ledger-domain';
import { SqliteEventStore } from '#event-store/sqlite';
import type { ReadModels } from '#read-models';
import { CheckpointStore } from '#transparency-log';
import { acceptLogLoss } from './accept-log-loss.js';
import { findLogGap } from './log-gap.js';
import { appendSealedLedger } from './testing/sealed-ledger.js';

const GENESIS = '0'.repeat(64);

/** The read models as they were when they had applied `records` (what findLogGap reads of them). */
const readModelsOf = (records: readonly AuditRecord[]) =>
  ({
    ledgerHeads: {
      get: (ledgerId: string) => {
        const head = records.at(-1);
        return { ledgerId, length: records.length, headSequence: head?.sequence ?? 0, headHash: head?.hash ?? GENESIS };
      },
    },
    auditEvents: {
      getJsonBySequences: (_ledgerId: string, sequences: readonly number[]) =>
        sequences.map((sequence) => (records[sequence - 1] ? JSON.stringify(records[sequence - 1]) : undefined)),
    },
  }) as unknown as ReadModels;

describe('finding what the log lacks', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let checkpoints: CheckpointStore;
  let records: AuditRecord[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'log-gap-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename: file });
    checkpoints = CheckpointStore.open({ filename: ':memory:' });
    records = await appendSealedLedger(store, 'l', 10);
  });
  afterEach(async () => {
    checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cutFrom = (sequence: number) => {
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE revision >= ?').run(sequence - 1);
    db.close();
  };
  const signed = (treeSize: number, fill: number) =>
    checkpoints.add({ ledgerId: 'l', treeSize, rootHash: Buffer.alloc(32, fill), createdAt: '2026-01-01T00:00:00.000Z', note: `n${treeSize}` });

  it('finds nothing missing when the log holds everything (read models lagging is fine)', async () => {
    await expect(findLogGap('l', store, readModelsOf(records.slice(0, 7)), checkpoints)).resolves.toMatchObject({ state: 'intact', log: { length: 10 } });
  });

  it('names the missing range, the acknowledged head hash, the hashes still known and the checkpoints over the loss', async () => {
    signed(5, 1);
    signed(9, 2);
    cutFrom(8);
    const report = await findLogGap('l', store, readModelsOf(records), checkpoints);
    expect(report).toMatchObject({ state: 'gap', log: { length: 7, headHash: records[6]!.hash }, readModels: { headSequence: 10 }, checkpoint: { treeSize: 9 } });
    expect(report.gap).toEqual({
      ledgerId: 'l',
      fromSequence: 8,
      toSequence: 10,
      lostHeadHash: records[9]!.hash,
      lostHashes: new Map([8, 9, 10].map((s) => [s, records[s - 1]!.hash])),
      supersededCheckpoints: [{ treeSize: 9, rootHash: Buffer.alloc(32, 2).toString('hex') }],
    });
  });

  it('takes the mark from a signed checkpoint beyond the read models (head hash unknown)', async () => {
    signed(10, 3);
    cutFrom(9);
    const report = await findLogGap('l', store, readModelsOf(records.slice(0, 8)), checkpoints);
    expect(report.gap).toMatchObject({ fromSequence: 9, toSequence: 10, lostHeadHash: null, lostHashes: new Map() });
  });

  it('calls a log holding another record where the read models hold one diverged, not a gap', async () => {
    const forged = records.map((r, i) => (i === 5 ? { ...r, hash: 'f'.repeat(64) } : r));
    await expect(findLogGap('l', store, readModelsOf(forged.slice(0, 6)), checkpoints)).resolves.toMatchObject({
      state: 'diverged',
      diverged: { sequence: 6, logHash: records[5]!.hash, readModelHash: 'f'.repeat(64) },
    });
  });

  it('recognises a loss already recorded in the log whose read models were not rebuilt (an interrupted recovery)', async () => {
    cutFrom(9);
    const { gap } = await findLogGap('l', store, readModelsOf(records), checkpoints);
    await acceptLogLoss(store, checkpoints, gap!, { operator: 'ana' }, new Date());
    await expect(findLogGap('l', store, readModelsOf(records), checkpoints)).resolves.toMatchObject({ state: 'acknowledged', log: { length: 10 } });
  });
});
