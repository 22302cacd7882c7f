import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLedgerStreamName } from '#ledger-domain';
import { NO_STREAM } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import { LEDGER_PROJECTION_CATALOG } from '../ledger-projections.js';
import { ReadStore } from '../projector/read-store.js';
import { rebuildProjections } from '../rebuild/rebuild-projection.js';
import { sealedLedger } from '../testing/sealed-ledger.js';
import { LedgerScrubber } from './ledger-scrubber.js';

const LENGTH = 1_200;
const STREAM = toLedgerStreamName('s');

/** The scrubber over a real SQLite log and read models built from it. */
describe('walking a ledger with the scrubber', () => {
  const ledger = sealedLedger('s', LENGTH + 100);
  let dir: string;
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let clock: number;
  const scrubber = (options: ConstructorParameters<typeof LedgerScrubber>[2] = {}) => new LedgerScrubber(store, readStore, { pieceSize: 500, now: () => clock, ...options });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-scrubber-'));
    store = SqliteEventStore.open({ filename: join(dir, 'events.db') });
    readStore = ReadStore.open(join(dir, 'read-models.db'));
    await store.appendToStream(STREAM, ledger.slice(0, LENGTH).map((r) => r.event), { expectedRevision: NO_STREAM });
    await rebuildProjections({ store, readStore, entries: LEDGER_PROJECTION_CATALOG });
    clock = 1_000;
  });
  afterEach(async () => {
    readStore.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function editLog(sql: string): void {
    const raw = new Database(join(dir, 'events.db'));
    try {
      expect(raw.prepare(sql).run().changes).toBeGreaterThan(0);
    } finally {
      raw.close();
    }
  }

  it('walks the whole log in pieces and finds nothing where the log and the read models agree', async () => {
    const progress: number[] = [];
    expect(scrubber().ledgerIds()).toEqual(['s']);
    expect(await scrubber({ onProgress: (_, next) => progress.push(next) }).scrub('s')).toEqual({ ledgerId: 's', checked: LENGTH, violations: 0, finished: true });
    expect(progress).toEqual([500, 1000, 1200, 1200]);
  });

  it('resumes a stopped walk where it was, and is due again only after the interval', async () => {
    const stop = new AbortController();
    const first = await scrubber({ signal: stop.signal, onProgress: () => stop.abort() }).scrub('s');
    expect(first).toMatchObject({ checked: 500, finished: false });
    expect(scrubber().isDue('s', 60_000)).toBe(true);
    expect(await scrubber().scrub('s')).toMatchObject({ checked: LENGTH - 500, finished: true });
    clock += 59_999;
    expect(scrubber().isDue('s', 60_000)).toBe(false);
    clock += 1;
    expect(scrubber().isDue('s', 60_000)).toBe(true);
    // An operator's walk starts from the beginning.
    expect(await scrubber().scrub('s', { resume: false })).toMatchObject({ checked: LENGTH });
  });

  it('does not count records the read models have not reached yet (projector lag) as missing from them', async () => {
    await store.appendToStream(STREAM, ledger.slice(LENGTH).map((r) => r.event), { expectedRevision: LENGTH - 1 });
    expect(await scrubber().scrub('s')).toMatchObject({ checked: LENGTH + 100, violations: 0 });
  });

  it('keeps a finding open while walks see it, and resolves it after a full walk that does not', async () => {
    editLog(`UPDATE events SET type = 'Edited' WHERE revision = 700`);
    const seen: string[] = [];
    await scrubber({ onViolations: (found) => seen.push(...found.map((v) => `${v.sequence} ${v.kind}`)) }).scrub('s');
    expect(seen).toEqual(['701 envelope-type']);
    expect(scrubber().findings.summary('s')).toMatchObject({ openFindings: 1, ledgers: [{ ledgerId: 's', firstSequence: 701 }] });
    editLog(`UPDATE events SET type = '${ledger[700]!.event.type}' WHERE revision = 700`);
    clock += 1;
    await scrubber().scrub('s');
    expect(scrubber().findings.summary('s').openFindings).toBe(0);
    expect(scrubber().findings.list('s', { limit: 10 })).toEqual([expect.objectContaining({ sequence: 701, kind: 'envelope-type', resolvedAt: new Date(clock).toISOString() })]);
  });

  it('reports a cut tail the read models still hold, once, at the first missing sequence', async () => {
    editLog(`DELETE FROM events WHERE revision >= 1150`);
    const result = await scrubber().scrub('s');
    expect(result).toMatchObject({ checked: 1150, violations: 1 });
    expect(scrubber().findings.list('s', { limit: 10 })).toEqual([
      expect.objectContaining({ sequence: 1151, kind: 'missing-record', detail: 'sequence 1151: the log ends at sequence 1150; the read models hold records up to 1200' }),
    ]);
  });
});
