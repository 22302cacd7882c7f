import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LogBehindAcknowledgedError, type LogBehindAcknowledgedFinding } from '#ledger-domain';
import { SqliteEventStore } from '#event-store/sqlite';
import { AcknowledgedMarks } from './acknowledged-marks.js';
import { UuidV7Generator } from './id-generator.js';
import { LedgerAppendQueue } from './ledger-append-queue.js';
import { StreamFoldLifecycleStates } from './testing/stream-fold-lifecycle-states.js';
import { validationDraft as draft } from './testing/validation-draft.js';


describe('the append queue against the acknowledged marks', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let refused: LogBehindAcknowledgedFinding[];
  let marks: AcknowledgedMarks;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marks-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename: file });
    refused = [];
    marks = new AcknowledgedMarks((finding) => refused.push(finding));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const queue = () => new LedgerAppendQueue('l', { ...queueDeps(), marks });
  const append = (q: LedgerAppendQueue, n: number, prefix: string) => q.append({ drafts: Array.from({ length: n }, (_, i) => draft(`${prefix}-${i}`)) });
  const cutLog = (fromSequence: number) => {
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE revision >= ?').run(fromSequence - 1);
    db.close();
  };

  it('raises the mark with every commit', async () => {
    const outcome = await append(queue(), 5, 'a');
    expect(marks.markOf('l')).toEqual({ sequence: 5, hash: outcome.records[4]!.hash, source: 'writer' });
  });

  it('refuses the next append when the log was cut under a running writer, and never hands out a sequence again', async () => {
    const q = queue();
    await append(q, 10, 'a');
    cutLog(8);
    // The cached tail (10) is refused by the store; the tail read again (7) is behind the mark (10).
    await expect(append(q, 1, 'b')).rejects.toThrow(LogBehindAcknowledgedError);
    expect(refused).toEqual([expect.objectContaining({ ledgerId: 'l', acknowledgedSequence: 10, logLength: 7, logHashAtSequence: null, source: 'writer' })]);
    expect(() => marks.assertAppendable('l')).toThrow(/fewer than the 10 acknowledged/);
    expect((await store.readStream('ledger-l')).length).toBe(7);
  });

  it('refuses a fresh queue whose persisted mark is past the log (a restored backup)', async () => {
    await append(queue(), 10, 'a');
    const [tenth] = await store.readStream('ledger-l', { direction: 'backwards', maxCount: 1 });
    cutLog(6);
    const restarted = new AcknowledgedMarks((finding) => refused.push(finding));
    restarted.acknowledge('l', { sequence: 10, hash: String(tenth!.metadata['hash']), source: 'read-models' });
    marks = restarted;
    await expect(restarted.checkLedger(store, 'l')).resolves.toMatchObject({ acknowledgedSequence: 10, logLength: 5, source: 'read-models' });
    await expect(append(queue(), 1, 'b')).rejects.toMatchObject({ code: 'LEDGER.LOG_BEHIND_ACKNOWLEDGED' });
    expect(refused).toHaveLength(1);
  });

  it('accepts a log another writer extended past the mark, checking the record at the mark', async () => {
    const first = await append(queue(), 3, 'a');
    const other = new LedgerAppendQueue('l', { ...queueDeps(), marks: new AcknowledgedMarks() });
    await append(other, 4, 'b');
    await expect(marks.checkLedger(store, 'l')).resolves.toBeUndefined();
    expect(marks.markOf('l')?.hash).toBe(first.records[2]!.hash);
    // The record at the mark replaced (same length, other hash): refused.
    marks.acknowledge('l', { sequence: 7, hash: 'f'.repeat(64), source: 'read-models' });
    await expect(marks.checkLedger(store, 'l')).resolves.toMatchObject({ acknowledgedSequence: 7, logLength: 7, logHashAtSequence: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  function queueDeps() {
    const ids = new UuidV7Generator();
    return {
      store,
      nextId: () => ids.next(),
      now: () => new Date(),
      maxEventsPerCommit: 5000,
      maxAttempts: 3,
      lifecycles: new StreamFoldLifecycleStates(store),
      policy: { beforeImageMismatch: 'reject' as const },
    };
  }
});
