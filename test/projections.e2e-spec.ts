import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { dumpGeneration } from '#read-models/testing';
import { transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { LedgerProcess } from './support/ledger-process.js';
import { MixedHistory } from './support/mixed-history.js';
import { expectProblem } from './support/problem-assertions.js';

const ADMIN = 'projections-admin-key-0123456789';
const READER = 'projections-reader-key-0123456789';
const OPERATOR = 'projections-operator-key-0123456789';
const CLI = resolve(process.cwd(), 'dist/apps/ledger-cli/src/main.js');

describe('rebuilding projections from the log, over HTTP and with the CLI, while the service runs', () => {
  let ledger: LedgerProcess;
  const admin = (method: 'GET' | 'POST', path: string) => ledger.request(method, path, { apiKey: OPERATOR });
  const projections = async () => (await admin('GET', '/v1/admin/projections')).json.projections as {
    name: string; generation: number; checkpoint: number; lagEvents: number; status: string; rebuild?: { state: string; generation: number; events: number };
  }[];
  let names: string[];

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: ADMIN, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
        { key: OPERATOR, ledgerId: '*', scopes: ['ops:admin'] },
        { key: READER, ledgerId: 'acme', scopes: ['audit:read'] },
      ],
    });
    // 10,000 events of every kind, in batches, with refused commands in between.
    const history = new MixedHistory();
    let stored = 0;
    while (stored < 10_000) {
      const events = history.next(Math.min(500, 10_000 - stored));
      const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: ADMIN, body: { events } });
      expect({ status: response.status, problem: response.status === 201 ? undefined : response.json }).toEqual({ status: 201, problem: undefined });
      stored += events.length;
      for (const { body, status } of history.refusals()) {
        expect((await ledger.request('POST', '/v1/audit-events', { apiKey: ADMIN, body })).status).toBe(status);
      }
    }
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: ADMIN })).json.length).toBe(10_000);
    names = (await projections()).map((p) => p.name);
  }, 180_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('lists every projection with its generation, checkpoint and lag', async () => {
    const listed = await projections();
    expect(names).toEqual(expect.arrayContaining(['audit-event-index', 'ledger-heads', 'resource-lifecycles']));
    for (const p of listed) expect(p).toMatchObject({ generation: 0, lagEvents: 0, status: 'live' });
  });

  it("refuses without ops:admin (a ledger's admin key included: read models are shared by every ledger), and for an unknown projection", async () => {
    for (const apiKey of [READER, ADMIN]) {
      expectProblem(await ledger.request('POST', '/v1/admin/projections/audit-event-index/rebuild', { apiKey }), 403);
      expectProblem(await ledger.request('GET', '/v1/admin/projections', { apiKey }), 403);
    }
    const unknown = await admin('POST', '/v1/admin/projections/nope/rebuild');
    expectProblem(unknown, 404);
    expect(unknown.json.code).toBe('LEDGER.PROJECTION_NOT_FOUND');
  });

  it('rebuilds every projection into shadow tables while reads go on, swaps them in, and they equal the incremental ones', async () => {
    const sample = (await ledger.request('GET', '/v1/audit-events?limit=1', { apiKey: READER })).json.auditEvents[0];
    for (const name of names) {
      const started = await admin('POST', `/v1/admin/projections/${name}/rebuild`);
      expect(started.status).toBe(202);
      expect(started.headers.get('location')).toBe('/v1/admin/projections');
      expect(started.json).toMatchObject({ name, generation: 1, state: 'running' });
      expect((await ledger.request('GET', `/v1/audit-events/${sample.eventId}`, { apiKey: READER })).status).toBe(200);
    }
    const done = await eventually('every rebuild done', async () => {
      const listed = await projections();
      return listed.every((p) => p.generation === 1 && p.rebuild?.state === 'done') ? listed : undefined;
    }, 60_000);
    for (const p of done) expect(p).toMatchObject({ status: 'live', lagEvents: 0, rebuild: { events: 10_000 } });
    // The retired generation 0 stays for 30 s after the swap: compare it with generation 1, table for table.
    const db = new Database(join(ledger.dataDir, 'read-models.db'), { readonly: true });
    try {
      const rebuilt = dumpGeneration(db, 1);
      expect(Object.keys(rebuilt).length).toBeGreaterThanOrEqual(6);
      expect(rebuilt).toEqual(dumpGeneration(db, 0));
    } finally {
      db.close();
    }
    // Reads answer from the new generation, and new writes reach it.
    expect((await ledger.request('GET', `/v1/audit-events/${sample.eventId}`, { apiKey: READER })).json).toEqual(sample);
    const created = await ledger.request('POST', '/v1/audit-events', { apiKey: ADMIN, body: transactionValidated('tx-after-rebuild') });
    expect(created.status).toBe(201);
    expect((await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: READER })).status).toBe(200);
    // Every reader follows the swap, the verify endpoints included.
    const verified = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}/verify`, { apiKey: READER });
    expect(verified.json).toMatchObject({ isValid: true, sequence: 10_001 });
    expect((await ledger.request('GET', '/v1/ledger/verify?from_sequence=9990', { apiKey: READER })).json).toMatchObject({ intact: true, verifiedCount: 12 });
  }, 120_000);

  it('rebuilds with the CLI while the service runs; the service follows the swap', async () => {
    const run = spawnSync(process.execPath, [CLI, 'projections', 'rebuild', 'ledger-heads'], {
      env: { ...process.env, LEDGER_DATA_DIR: ledger.dataDir, LEDGER_API_KEYS: JSON.stringify([{ key: ADMIN, ledgerId: 'acme', scopes: ['ledger:admin'] }]) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 });
    expect(run.stderr).toMatch(/10,001 events in [\d.]+ s \([\d,]+ events\/s\)/);
    expect(run.stderr).toMatch(/ledger-heads: generation 2 is live/);
    await eventually('the service on generation 2 of ledger-heads', async () =>
      (await projections()).find((p) => p.name === 'ledger-heads' && p.generation === 2));
    // The CLI's rebuild is recorded in the read-model file, so the service reports it like its own.
    const reported = await eventually('the CLI rebuild in /v1/admin/projections', async () =>
      (await projections()).find((p) => p.name === 'ledger-heads' && p.rebuild?.generation === 2));
    expect(reported.rebuild).toMatchObject({ state: 'done', generation: 2, events: 10_001, finishedAt: expect.any(String) });
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: READER })).json.length).toBe(10_001);
    const usage = spawnSync(process.execPath, [CLI, 'projections', 'rebuild', 'nope'], { env: { ...process.env, LEDGER_DATA_DIR: ledger.dataDir }, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/no projection "nope"/);
  }, 120_000);
});
