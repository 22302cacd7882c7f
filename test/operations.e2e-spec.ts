import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { LedgerProcess, MAIN_JS } from './support/ledger-process.js';
import { listAll, untilLedgerCaughtUp } from './support/ledger-reads.js';

const KEY = 'operations-key-0123456789';
const OPERATOR = 'operations-operator-key-0123456789';
const keys = [
  { key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
  { key: OPERATOR, ledgerId: '*', scopes: ['ops:admin'] },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The JSON log lines of `ledger` (lines that are not JSON are skipped). */
const logLines = (ledger: LedgerProcess): Record<string, unknown>[] =>
  ledger.logs.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });

/** The sum of every sample of a Prometheus metric (all label sets); undefined when absent. */
function metricValue(text: string, name: string): number | undefined {
  const samples = [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))];
  return samples.length === 0 ? undefined : samples.reduce((sum, sample) => sum + Number(sample[1]), 0);
}

describe('operating the service', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: keys, env: { LOG_LEVEL: 'info' } });
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  describe('X-Request-Id', () => {
    it('echoes a valid UUID on success and on errors, in the header and the problem body', async () => {
      const id = randomUUID();
      const headers = { 'x-request-id': id };
      const created = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-1'), headers });
      expect(created.status).toBe(201);
      expect(created.headers.get('x-request-id')).toBe(id);
      const read = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: KEY, headers });
      expect(read.headers.get('x-request-id')).toBe(id);
      for (const refused of [
        await ledger.request('GET', '/v1/audit-events/nope', { apiKey: KEY, headers }),
        await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: { eventType: 1 }, headers }),
        await ledger.request('GET', '/v1/ledger', { headers }),
        await ledger.request('GET', '/no/such/route', { headers }),
      ]) {
        expect(refused.headers.get('x-request-id')).toBe(id);
        expect(refused.json.requestId).toBe(id);
      }
    });

    it('replaces a value that is not a UUID with a generated one', async () => {
      for (const sent of ['not a uuid', 'x'.repeat(200), '12345']) {
        const response = await ledger.request('GET', '/v1/audit-events/nope', { apiKey: KEY, headers: { 'x-request-id': sent } });
        const id = response.headers.get('x-request-id');
        expect(id).toMatch(UUID);
        expect(id).not.toBe(sent);
        expect(response.json.requestId).toBe(id);
      }
    });

    it('is on every response: 200, 201, 400, 401, 404', async () => {
      const responses = [
        await ledger.request('GET', '/health'),
        await ledger.request('GET', '/v1/ledger', { apiKey: KEY }),
        await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('tx-1') }),
        await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: '[]' }),
        await ledger.request('GET', '/v1/ledger'),
        await ledger.request('GET', '/missing'),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 201, 400, 401, 404]);
      const ids = responses.map((r) => r.headers.get('x-request-id'));
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(ids.length);
      for (const problem of responses.slice(3)) expect(problem.json.requestId).toBe(problem.headers.get('x-request-id'));
    });

    it("is on the service's JSON log lines of that request", async () => {
      const ok = randomUUID();
      const bad = randomUUID();
      await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-log'), headers: { 'x-request-id': ok } });
      await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: { colour: 'blue' }, headers: { 'x-request-id': bad } });
      for (const id of [ok, bad]) {
        const lines = await eventually(`a log line with requestId ${id}`, () => {
          const found = logLines(ledger).filter((line) => line['requestId'] === id);
          return found.length > 0 ? found : undefined;
        });
        expect(lines.length).toBeGreaterThan(0);
      }
      // Lines that mention the id in another member would not be found by a log search on requestId.
      for (const line of ledger.logs.split('\n').filter((text) => text.includes(ok) || text.includes(bad))) {
        expect([ok, bad]).toContain(JSON.parse(line).requestId);
      }
      expect(ledger.logs).not.toContain(KEY);
    });
  });

  it('GET /health answers 200', async () => {
    const health = await ledger.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 with store and projector checks', async () => {
    const ready = await ledger.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json.checks).toMatchObject({ store: { ready: true }, projector: { ready: true, lagEvents: expect.any(Number) } });
  });

  it('GET /metrics is Prometheus text with appends, append latency, group-commit sizes and projector lag', async () => {
    const scrape = async () => (await ledger.request('GET', '/metrics', { apiKey: OPERATOR })).text;
    const before = metricValue(await scrape(), 'ledger_appended_events_total') ?? 0;
    for (let i = 0; i < 3; i++) expect((await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated(`m-${i}`) })).status).toBe(201);
    const batch = { events: Array.from({ length: 5 }, (_, i) => transactionValidated(`mb-${i}`)) };
    expect((await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: batch })).status).toBe(201);
    const text = await eventually('ledger_appended_events_total to count 8 more appends', async () => {
      const body = await scrape();
      return (metricValue(body, 'ledger_appended_events_total') ?? 0) >= before + 8 ? body : undefined;
    });
    const response = await ledger.request('GET', '/metrics', { apiKey: OPERATOR });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/^# TYPE ledger_appended_events_total counter$/m);
    expect(text).toMatch(/^# TYPE ledger_append_duration_seconds histogram$/m);
    expect(text).toMatch(/^# TYPE ledger_group_commit_events histogram$/m);
    expect(text).toMatch(/^# TYPE ledger_projector_lag_events gauge$/m);
    expect(metricValue(text, 'ledger_append_duration_seconds_count')).toBeGreaterThan(0);
    expect(metricValue(text, 'ledger_group_commit_events_count')).toBeGreaterThan(0);
    // Every event of the batch is in one group commit: the sizes add up to at least the events appended.
    expect(metricValue(text, 'ledger_group_commit_events_sum')).toBeGreaterThanOrEqual(8);
    expect(metricValue(text, 'ledger_projector_lag_events')).toBeGreaterThanOrEqual(0);
  });

  it('publishes OpenAPI 3 with every route and the X-API-Key security scheme', async () => {
    const response = await ledger.request('GET', '/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = response.json;
    expect(document.openapi).toMatch(/^3\./);
    const paths = Object.keys(document.paths);
    for (const path of ['/v1/audit-events', '/v1/audit-events/batch', '/v1/audit-events/{eventId}', '/v1/audit-events/{eventId}/verify', '/v1/ledger', '/v1/ledger/verify']) {
      expect(paths).toContain(path);
    }
    const schemes = Object.values(document.components?.securitySchemes ?? {}) as { type: string; in?: string; name?: string }[];
    expect(schemes.map((s) => ({ type: s.type, in: s.in, name: s.name?.toLowerCase() }))).toContainEqual({ type: 'apiKey', in: 'header', name: 'x-api-key' });
  });

  it('serves Swagger UI at /v1/docs', async () => {
    const docs = await ledger.request('GET', '/v1/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    expect(docs.text).toMatch(/<html/i);
  });
});

describe('configuration', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-config-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['LEDGER_API_KEYS', 'not json'],
    ['LEDGER_API_KEYS', JSON.stringify([{ key: 'a-key-of-sixteen-chars', ledgerId: 'acme', scopes: ['audit:everything'] }])],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LEDGER_BODY_LIMIT_BYTES', '-5'],
    ['LOG_LEVEL', 'loud'],
    ['LEDGER_DATA_DIRR', '/tmp/typo'],
  ])('refuses to start with a bad %s (%s), exiting non-zero and naming it', (name, value) => {
    const env = { PATH: process.env['PATH'], HOST: '127.0.0.1', PORT: '0', LEDGER_DATA_DIR: dataDir, [name]: value };
    const result = spawnSync(process.execPath, [MAIN_JS], { env, encoding: 'utf8', timeout: 20_000 });
    // Killed by the timeout means it started (or hung) instead of refusing.
    expect({ signal: result.signal, error: result.error }).toEqual({ signal: null, error: undefined });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain(name);
    expect(result.stderr + result.stdout).not.toMatch(/ {4}at /);
  });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('keeps every acknowledged append of ~200 in flight, refuses the rest with 503 problem+json, and exits 0', async () => {
    const ledger = await LedgerProcess.start({ apiKeys: keys });
    const acknowledged: string[] = [];
    const refusals: { status: number; contentType: string | null }[] = [];
    let stopped: Promise<number | null> | undefined;
    let inFlightAtSignal = 0;
    let acknowledgedAtSignal = 0;
    let inFlight = 0;
    let next = 0;
    // 200 clients keep POSTing; SIGTERM lands once 100 appends are acknowledged, with ~200 in flight,
    // and the clients go on sending while the service closes.
    const client = async () => {
      while (next < 1_000) {
        const i = next++;
        inFlight++;
        try {
          const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated(`tx-${i}`) });
          if (response.status === 201) acknowledged.push(response.json.eventId);
          else refusals.push({ status: response.status, contentType: response.headers.get('content-type') });
        } catch {
          // Connection closed or refused once the server is going away: not acknowledged.
        } finally {
          inFlight--;
        }
        if (acknowledged.length >= 100 && stopped === undefined) {
          inFlightAtSignal = inFlight;
          acknowledgedAtSignal = acknowledged.length;
          stopped = ledger.stop();
        }
      }
    };
    await Promise.all(Array.from({ length: 200 }, client));
    expect(stopped).toBeDefined();
    expect(await stopped).toBe(0);
    expect(inFlightAtSignal).toBeGreaterThan(100);
    // Appends the service had taken in when the signal came were finished, not cut off.
    expect(acknowledged.length).toBeGreaterThan(acknowledgedAtSignal);
    for (const refusal of refusals) expect(refusal).toEqual({ status: 503, contentType: expect.stringMatching(/^application\/problem\+json/) });

    const restarted = await LedgerProcess.start({ apiKeys: keys, dataDir: ledger.dataDir });
    try {
      await untilLedgerCaughtUp(restarted);
      const stored = await listAll(restarted, KEY);
      const storedIds = new Set(stored.map((record) => record.eventId));
      expect(acknowledged.filter((eventId) => !storedIds.has(eventId))).toEqual([]);
      expect(stored.map((record) => record.sequence)).toEqual(stored.map((_, i) => i + 1));
      const verified = await restarted.request('GET', '/v1/ledger/verify', { apiKey: KEY });
      expect(verified.json).toMatchObject({ intact: true, verifiedCount: stored.length });
    } finally {
      await restarted.stop();
      restarted.removeData();
    }
  }, 120_000);

  it('drains: /readyz turns 503 while 32 keep-alive writers are still served, then every request in flight is answered, none reset', async () => {
    const DRAIN_MS = 1_500;
    const ledger = await LedgerProcess.start({ apiKeys: keys, env: { LEDGER_SHUTDOWN_DRAIN_MS: String(DRAIN_MS) } });
    const acknowledged: { eventId: string; at: number }[] = [];
    const refusals: { status: number; contentType: string | null; connection: string | null; at: number }[] = [];
    const resets: string[] = [];
    const readiness: { sentAt: number; answeredAt: number; status: number; shutdown: unknown }[] = [];
    let connectionsRefused = 0;
    let signalledAt: number | undefined;
    let stopped: Promise<number | null> | undefined;
    let next = 0;
    /**
     * A request that failed without an answer: refused while connecting (the listener had closed, or
     * closed with the connection still in its backlog: nothing was sent), or cut off (a reset).
     */
    const failure = (error: unknown) => {
      const cause = (error as { cause?: { code?: string; message?: string; syscall?: string } }).cause;
      if (cause?.code === 'ECONNREFUSED' || cause?.syscall === 'connect') return 'refused';
      resets.push(`${cause?.code ?? ''} ${cause?.message ?? String(error)}`);
      return 'reset';
    };
    const writer = async () => {
      for (;;) {
        const i = next++;
        try {
          const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated(`drain-${i}`) });
          if (response.status === 201) acknowledged.push({ eventId: response.json.eventId, at: Date.now() });
          else refusals.push({ status: response.status, contentType: response.headers.get('content-type'), connection: response.headers.get('connection'), at: Date.now() });
        } catch (error) {
          if (failure(error) === 'refused') {
            connectionsRefused++;
            return;
          }
        }
        if (acknowledged.length >= 200 && stopped === undefined) {
          signalledAt = Date.now();
          stopped = ledger.stop();
        }
      }
    };
    const prober = async () => {
      while (signalledAt === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
      for (;;) {
        try {
          const sentAt = Date.now();
          const response = await ledger.request('GET', '/readyz');
          readiness.push({ sentAt, answeredAt: Date.now(), status: response.status, shutdown: response.json?.checks?.shutdown });
        } catch (error) {
          if (failure(error) === 'refused') return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await Promise.all([...Array.from({ length: 32 }, writer), prober()]);
    expect(await stopped).toBe(0);
    expect(resets).toEqual([]);
    // The drain: once /readyz says not ready it stays so, while appends sent after that are still taken in,
    // and the first refusal comes no sooner than LEDGER_SHUTDOWN_DRAIN_MS after the signal.
    const notReady = readiness.findIndex((probe) => probe.status === 503);
    expect(readiness[notReady]).toMatchObject({ shutdown: { ready: false, draining: true } });
    expect(readiness.slice(notReady).every((probe) => probe.status === 503)).toBe(true);
    const notReadyAt = readiness[notReady]!.answeredAt;
    expect(acknowledged.filter((ack) => ack.at > notReadyAt + 100).length).toBeGreaterThan(20);
    expect(refusals.length).toBeGreaterThan(0);
    expect(Math.min(...refusals.map((refusal) => refusal.at)) - signalledAt!).toBeGreaterThanOrEqual(DRAIN_MS);
    // Then every request got an answer: an append, or a 503 problem that closes its connection; new connections are refused.
    for (const { at: _at, ...refusal } of refusals) expect(refusal).toEqual({ status: 503, contentType: expect.stringMatching(/^application\/problem\+json/), connection: 'close' });
    expect(connectionsRefused).toBe(32);

    const restarted = await LedgerProcess.start({ apiKeys: keys, dataDir: ledger.dataDir });
    try {
      await untilLedgerCaughtUp(restarted);
      const storedIds = new Set((await listAll(restarted, KEY)).map((record) => record.eventId));
      expect(acknowledged.filter((ack) => !storedIds.has(ack.eventId))).toEqual([]);
    } finally {
      await restarted.stop();
      restarted.removeData();
    }
  }, 120_000);
});
