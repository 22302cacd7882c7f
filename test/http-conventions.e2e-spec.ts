import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { LedgerProcess } from './support/ledger-process.js';
import { expectProblem } from './support/problem-assertions.js';

const KEY = 'http-conventions-key-0123456789';

/** The raw bytes and headers of a GET, without fetch's transparent decompression. */
function rawGet(baseUrl: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('HTTP conventions: 405, compression, immutable records, replays, request log lines', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }], env: { LOG_LEVEL: 'info' } });
    const events = Array.from({ length: 30 }, (_, i) => transactionValidated(`tx-${i}`));
    expect((await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events } })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  it('answers a known path asked with another method 405 with Allow, and an unknown path 404', async () => {
    const wrong = await ledger.request('DELETE', '/v1/audit-events', { apiKey: KEY });
    expectProblem(wrong, 405);
    expect(wrong.json.code).toBe('HTTP.METHOD_NOT_ALLOWED');
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST');
    const put = await ledger.request('PUT', '/v1/ledger', { apiKey: KEY, body: {} });
    expectProblem(put, 405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    const withParameter = await ledger.request('POST', '/v1/audit-events/0193f0a0-0000-7000-8000-000000000000/verify', { apiKey: KEY, body: {} });
    expect([withParameter.status, withParameter.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expectProblem(await ledger.request('GET', '/v1/nothing-here', { apiKey: KEY }), 404);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ])('compresses answers above 1 KiB with %s when the client accepts it, to the same JSON', async (encoding, decompress) => {
    const plain = await ledger.request('GET', '/v1/audit-events?limit=30', { apiKey: KEY });
    const compressed = await rawGet(ledger.baseUrl, '/v1/audit-events?limit=30', { 'x-api-key': KEY, 'accept-encoding': encoding });
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.body.length).toBeLessThan(plain.text.length / 3);
    expect(JSON.parse(decompress(compressed.body).toString('utf8'))).toEqual(plain.json);
  });

  it('leaves small answers and clients that accept no encoding uncompressed', async () => {
    const small = await rawGet(ledger.baseUrl, '/v1/ledger', { 'x-api-key': KEY, 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const identity = await rawGet(ledger.baseUrl, '/v1/audit-events?limit=30', { 'x-api-key': KEY });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body.toString('utf8')).auditEvents).toHaveLength(30);
  });

  it('answers a POST with the very text GET serves, and a record with a strong ETag (its hash), immutable caching and 304 on If-None-Match', async () => {
    const created = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-etag') });
    expect(created.status).toBe(201);
    const got = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: KEY });
    expect(got.text).toBe(created.text);
    expect(got.headers.get('etag')).toBe(`"${created.json.hash}"`);
    expect(got.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');

    const notModified = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: KEY, headers: { 'if-none-match': `"${created.json.hash}"` } });
    expect([notModified.status, notModified.text, notModified.headers.get('etag')]).toEqual([304, '', `"${created.json.hash}"`]);
    const otherTag = await ledger.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: KEY, headers: { 'if-none-match': '"not-this-one"' } });
    expect([otherTag.status, otherTag.text]).toEqual([200, created.text]);
  });

  it('answers a batch with each record in the text GET serves', async () => {
    const batch = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events: [ruleCreated('r-batch-order')] } });
    const record = batch.json.auditEvents[0];
    const got = await ledger.request('GET', `/v1/audit-events/${record.eventId}`, { apiKey: KEY });
    expect(JSON.stringify(record)).toBe(got.text);
  });

  it('says Idempotency-Replayed: true on a replay, and not on the first answer', async () => {
    const send = () => ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-replay'), headers: { 'idempotency-key': 'replay-header-1' } });
    const first = await send();
    const replay = await send();
    expect([first.status, first.headers.get('idempotency-replayed')]).toEqual([201, null]);
    expect([replay.status, replay.headers.get('idempotency-replayed'), replay.text]).toEqual([200, 'true', first.text]);
  });

  it("logs each request with the caller's ledger and key id (never the key), the problem code, and the traceparent's ids", async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await ledger.request('GET', '/v1/audit-events/not-a-uuid', { apiKey: KEY, headers: { traceparent } });
    const line = await eventually('the request log line', () =>
      ledger.logs
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.msg === 'request completed' && entry.url === '/v1/audit-events/not-a-uuid'),
    );
    expect(line).toMatchObject({
      statusCode: 400,
      ledgerId: 'acme',
      keyId: expect.stringMatching(/^[0-9a-f]{12}$/),
      code: expect.stringMatching(/^[A-Z]+\.[A-Z_]+$/),
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
    });
    expect(ledger.logs).not.toContain(KEY);
  });
});
