import { ANY } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import { toLedgerStreamName } from '#ledger-domain';
import { LEDGER_PROJECTION_CATALOG, createLedgerProjections } from '../ledger-projections.js';
import { Projector } from '../projector/projector.js';
import { ReadStore } from '../projector/read-store.js';
import { ReadModels } from '../read-models.js';
import { LedgerScript, limitImage, ruleImage } from '../testing/lifecycle-fixtures.js';
import { dumpGeneration } from '../testing/table-dump.js';
import { dropLeftoverGenerations } from './drop-leftover-generations.js';
import { BUILD_HEARTBEAT_TIMEOUT_MS, ProjectionGenerations } from './projection-generations.js';
import { ProjectorRebuilds } from './projector-rebuilds.js';
import { RebuildHistory } from './rebuild-history.js';
import { rebuildProjections } from './rebuild-projection.js';

/** A mixed history: validations, rules and limits through their lifecycles, two ledgers. */
function mixedScripts(count: number): LedgerScript[] {
  const scripts = [new LedgerScript('ledger-a'), new LedgerScript('ledger-b')];
  for (let i = 0; i < count; i++) {
    const script = scripts[i % 2]!;
    const n = Math.floor(i / 2);
    const id = `r-${n % 40}`;
    if (n < 40) script.add('RULE_CREATED', id, { after: ruleImage(`rule ${n}`, `e${n}`) });
    else if (n % 5 === 0) script.add('LIMIT_CREATED', `l-${n}`, { after: limitImage(`${n}.00`) });
    else if (n % 7 === 0) script.add('RULE_ACTIVATED', id, {}, n % 14 === 0 ? 'FAILED' : 'SUCCESS');
    else if (n % 3 === 0) script.add('RULE_UPDATED', id, { before: ruleImage('?', '?'), after: ruleImage(`rule ${n}`, `e${n}`) });
    else script.add('TRANSACTION_VALIDATED', `tx-${n}`, { request: { accountId: `acc-${n % 9}` }, response: {} }, n % 2 ? 'ALLOW' : 'DENY');
  }
  return scripts;
}

describe('rebuilding read models from the log', () => {
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let projector: Projector;
  let scripts: LedgerScript[];

  /** Appends the scripts' records to the store, interleaving the ledgers, from record `from` on. */
  async function append(from: number, to: number) {
    for (let i = from; i < to; i++) {
      const script = scripts[i % 2]!;
      const event = script.events[Math.floor(i / 2)];
      if (!event) continue;
      await store.appendToStream(toLedgerStreamName(script.ledgerId), [{ eventId: event.eventId, type: event.type, data: event.data, metadata: {} }], { expectedRevision: ANY });
    }
    return store.headPosition();
  }

  beforeEach(async () => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    readStore = ReadStore.open(':memory:');
    scripts = mixedScripts(3000);
    projector = new Projector(store, readStore, createLedgerProjections(readStore), { batchSize: 200 });
  });
  afterEach(async () => {
    await projector.stop();
    await store.close();
    readStore.close();
  });

  it('offline: every rebuilt read model equals the one built incrementally, table for table', async () => {
    await projector.start();
    expect(await projector.waitForPosition(await append(0, 3000), 10_000)).toBe(true);
    await projector.stop();
    const results = await rebuildProjections({ store, readStore, entries: LEDGER_PROJECTION_CATALOG, pageSize: 700 });
    expect(results).toEqual(LEDGER_PROJECTION_CATALOG.map((entry) => expect.objectContaining({ name: entry.name, generation: 1, events: 3000 })));
    expect(dumpGeneration(readStore.db, 1)).toEqual(dumpGeneration(readStore.db, 0));
    expect(Object.keys(dumpGeneration(readStore.db, 1))).toEqual(
      expect.arrayContaining(['audit_events', 'ledger_heads', 'lifecycle_events', 'lifecycle_resources', 'lifecycle_scopes', 'lifecycle_snapshots']),
    );
    expect(dumpGeneration(readStore.db, 1)['audit_events']).toHaveLength(3000);
    expect(dumpGeneration(readStore.db, 1)['lifecycle_events']!.length).toBeGreaterThan(500);
    const generations = new ProjectionGenerations(readStore.db);
    expect([...generations.live(LEDGER_PROJECTION_CATALOG.map((e) => e.name)).values()].every((g) => g === 1)).toBe(true);
    // The retired generation goes once its grace has passed, not before.
    expect(dropLeftoverGenerations(readStore, LEDGER_PROJECTION_CATALOG, new Date())).toEqual([]);
    expect(dropLeftoverGenerations(readStore, LEDGER_PROJECTION_CATALOG, new Date(Date.now() + 60_000))).toHaveLength(LEDGER_PROJECTION_CATALOG.length);
    expect(dumpGeneration(readStore.db, 0)).toEqual({});
    expect(readStore.checkpoints().map((c) => c.name).sort()).toEqual(LEDGER_PROJECTION_CATALOG.map((e) => `${e.name}@g1`).sort());
  });

  it('online: swaps each rebuilt read model in while the projector keeps applying new events', async () => {
    const swaps: string[] = [];
    const readModels = new ReadModels(readStore);
    const rebuilds = new ProjectorRebuilds(projector, store, readStore, LEDGER_PROJECTION_CATALOG, {
      pageSize: 300,
      onSwap: (name, generation) => {
        swaps.push(`${name}@${generation}`);
        readModels.use(name, generation);
      },
    });
    await projector.start();
    await append(0, 2000);
    const running = await Promise.all(LEDGER_PROJECTION_CATALOG.map((entry) => rebuilds.start(entry.name)));
    await expect(rebuilds.start('audit-event-index')).rejects.toThrow('being rebuilt already');
    // New events arrive while the rebuilds run.
    const head = await append(2000, 3000);
    const done = await Promise.all(running.map((r) => r.done));
    expect(done.every((d) => d.state === 'done')).toBe(true);
    expect(swaps.sort()).toEqual(LEDGER_PROJECTION_CATALOG.map((e) => `${e.name}@1`).sort());
    expect(await projector.waitForPosition(head, 10_000)).toBe(true);
    expect(rebuilds.projections().map((p) => [p.name, p.generation, p.checkpoint])).toEqual(
      LEDGER_PROJECTION_CATALOG.map((e) => [e.name, 1, head]),
    );
    expect(readModels.ledgerHeads.get('ledger-a').length).toBe(1500);
    // The swapped-in generation equals a read model built incrementally from scratch.
    const reference = ReadStore.open(':memory:');
    const fresh = new Projector(store, reference, createLedgerProjections(reference));
    await fresh.start();
    expect(await fresh.waitForPosition(head, 10_000)).toBe(true);
    await fresh.stop();
    expect(dumpGeneration(readStore.db, 1)).toEqual(dumpGeneration(reference.db, 0));
    reference.close();
  });

  it('follows a swap another process made in the file', async () => {
    await projector.start();
    const head = await append(0, 500);
    await projector.waitForPosition(head, 10_000);
    const other = ReadStore.open(':memory:');
    const swaps: string[] = [];
    const rebuilds = new ProjectorRebuilds(projector, store, readStore, LEDGER_PROJECTION_CATALOG, { onSwap: (n, g) => swaps.push(`${n}@${g}`) });
    // "Another process": an offline rebuild on the same file (here: the same connection).
    await rebuildProjections({ store, readStore, entries: [LEDGER_PROJECTION_CATALOG[1]!] });
    rebuilds.followGenerations();
    expect(swaps).toEqual(['ledger-heads@1']);
    // The other process's rebuild is reported here too (GET /v1/admin/projections shows a CLI rebuild).
    const reported = rebuilds.projections().find((p) => p.name === 'ledger-heads')!;
    expect(reported).toMatchObject({ generation: 1, rebuild: { state: 'done', generation: 1, events: 500, position: head, finishedAt: expect.any(String) } });
    expect(rebuilds.projections().find((p) => p.name === 'audit-event-index')!.rebuild).toBeUndefined();
    const more = await append(500, 600);
    expect(await projector.waitForPosition(more, 10_000)).toBe(true);
    expect(new ReadModels(readStore).ledgerHeads.get('ledger-b').length).toBe(300);
    other.close();
  });

  it('records a rebuild that failed, and one whose process died, as failed for every process', async () => {
    await append(0, 100);
    const failing = Object.create(store, { readAll: { value: () => Promise.reject(new Error('the disk is gone')) } }) as SqliteEventStore;
    await expect(rebuildProjections({ store: failing, readStore, entries: [ledgerHeadsEntry()] })).rejects.toThrow('the disk is gone');
    const history = new RebuildHistory(readStore.db);
    expect(history.latest(['ledger-heads'], new Date()).get('ledger-heads')).toMatchObject({ state: 'failed', generation: 1, error: 'the disk is gone' });
    // A process that claimed a rebuild and died mid-way stops its heartbeat.
    const claimed = new Date(Date.now() - BUILD_HEARTBEAT_TIMEOUT_MS);
    const generation = new ProjectionGenerations(readStore.db).beginBuild('validation-index', claimed);
    history.began('validation-index', generation, claimed);
    expect(history.latest(['validation-index'], new Date()).get('validation-index')).toMatchObject({ state: 'failed', error: expect.stringMatching(/^abandoned: the process rebuilding it stopped/) });
    expect(history.latest(['validation-index'], claimed).get('validation-index')).toMatchObject({ state: 'running' });
  });

  it('gives back the generations it claimed when one of the read models is being rebuilt already', async () => {
    await append(0, 100);
    new ProjectionGenerations(readStore.db).beginBuild('validation-index', new Date());
    const [heads, validations] = [ledgerHeadsEntry(), LEDGER_PROJECTION_CATALOG.find((e) => e.name === 'validation-index')!];
    await expect(rebuildProjections({ store, readStore, entries: [heads, validations] })).rejects.toThrow('being rebuilt already');
    // ledger-heads is not left claimed by the refused call: it can be rebuilt at once.
    await expect(rebuildProjections({ store, readStore, entries: [heads] })).resolves.toEqual([expect.objectContaining({ name: 'ledger-heads', generation: 1, events: 100 })]);
  });
});

function ledgerHeadsEntry() {
  return LEDGER_PROJECTION_CATALOG.find((entry) => entry.name === 'ledger-heads')!;
}
