import { jest } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import type { AuditRecord } from '#ledger-domain';
import { transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { LedgerProcess } from './support/ledger-process.js';
import { listAll, untilLedgerCaughtUp } from './support/ledger-reads.js';
import { readSse, type SseEvent } from './support/sse-client.js';

const KEY = 'stream-key-0123456789abcdef';
/** The stream metrics are not one ledger's: only an operator key sees them. */
const OPERATOR = 'stream-operator-key-0123456789';
const KEYS = [
  { key: KEY, ledgerId: 'sse', scopes: ['audit:read', 'audit:write', 'ledger:admin'] },
  { key: OPERATOR, ledgerId: '*', scopes: ['ops:admin'] },
];
const MAX_STREAMS = 6;
/** Makes each record ~2.5 kB, so a client that does not read would pin megabytes if they were buffered. */
const PADDING = 'x'.repeat(2_000);

/** Appends `count` validations in batches; returns their records in sequence order. */
async function append(ledger: LedgerProcess, count: number, tag: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let done = 0; done < count; done += 500) {
    const events = Array.from({ length: Math.min(500, count - done) }, (_, i) => {
      const event = transactionValidated(`tx-${tag}-${done + i}`);
      return { ...event, context: { ...event.context, request: { ...event.context.request, note: PADDING } } };
    });
    const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events } });
    expect(response.status).toBe(201);
    records.push(...response.json.auditEvents);
  }
  return records;
}

async function metric(ledger: LedgerProcess, name: string): Promise<number> {
  const text = (await ledger.request('GET', '/metrics', { apiKey: OPERATOR })).text;
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** A raw HTTP client for the stream that reads nothing until told to. */
function pausedStream(ledger: LedgerProcess, lastEventId: number): Socket {
  const url = new URL(ledger.baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  socket.pause();
  socket.write(`GET /v1/audit-events/stream HTTP/1.1\r\nHost: ${url.host}\r\nX-API-Key: ${KEY}\r\nLast-Event-ID: ${lastEventId}\r\n\r\n`);
  return socket;
}

describe('the audit-event stream (Server-Sent Events)', () => {
  jest.setTimeout(120_000);
  let ledger: LedgerProcess;
  const env = { LEDGER_MAX_STREAMS: String(MAX_STREAMS), LEDGER_STREAM_WRITE_TIMEOUT_MS: '2000', LEDGER_BODY_LIMIT_BYTES: String(8 * 1024 * 1024) };

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: KEYS, env });
  });
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  it(`opens at most LEDGER_MAX_STREAMS (${MAX_STREAMS}) streams; one more gets a 503 problem`, async () => {
    const aborts = Array.from({ length: MAX_STREAMS }, () => new AbortController());
    const open = aborts.map((a) => readSse(`${ledger.baseUrl}/v1/audit-events/stream`, { 'x-api-key': KEY }, a.signal));
    // The first next() sends the request; the streams stay idle at the head.
    const pending = open.map((stream) => stream.next().catch(() => undefined));
    await eventually('every stream open', async () => ((await metric(ledger, 'ledger_event_streams_open')) === MAX_STREAMS ? true : undefined));
    const refused = await ledger.request('GET', '/v1/audit-events/stream', { apiKey: KEY });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json.code).toBe('LEDGER.TOO_MANY_STREAMS');
    aborts.forEach((a) => a.abort());
    await Promise.all(pending);
    await eventually('every stream closed', async () => ((await metric(ledger, 'ledger_event_streams_open')) === 0 ? true : undefined));
  });

  it('resumes from Last-Event-ID across a service restart with nothing missed or repeated, over 10,000 events', async () => {
    const initial = await append(ledger, 10_000, 'a');
    await untilLedgerCaughtUp(ledger);
    const received: SseEvent[] = [];
    // Read 4,000 events, then shut the service down under the reader: its last event says where to resume.
    let stopping: Promise<unknown> | undefined;
    for await (const event of readSse(`${ledger.baseUrl}/v1/audit-events/stream`, { 'x-api-key': KEY, 'last-event-id': '0' })) {
      received.push(event);
      if (received.length === 4_000) stopping = ledger.stop();
    }
    expect(await stopping).toBe(0);
    const ended = received.pop()!;
    expect(ended.event).toBe('stream-ended');
    const lastId = Number(received[received.length - 1]!.id);
    expect(JSON.parse(ended.data)).toMatchObject({ reason: 'shutdown', lastEventId: lastId });

    ledger = await LedgerProcess.start({ dataDir: ledger.dataDir, apiKeys: KEYS, env });
    const abort = new AbortController();
    const resumed = readSse(`${ledger.baseUrl}/v1/audit-events/stream`, { 'x-api-key': KEY, 'last-event-id': String(lastId) }, abort.signal);
    const first = resumed.next();
    // Once the stream is open, 500 more are appended: they arrive live, after whatever was left of the 10,000.
    await eventually('the resumed stream open', async () => ((await metric(ledger, 'ledger_event_streams_open')) === 1 ? true : undefined));
    const later = await append(ledger, 500, 'b');
    for (let next = await first; !next.done; next = await resumed.next()) {
      received.push(next.value);
      if (Number(next.value.id) === 10_500) break;
    }
    abort.abort();
    expect(received.map((e) => Number(e.id))).toEqual(Array.from({ length: 10_500 }, (_, i) => i + 1));
    const stored = [...initial, ...later];
    received.forEach((event, i) => {
      expect(event.event).toBe('TRANSACTION_VALIDATED');
      expect(JSON.parse(event.data)).toEqual(stored[i]);
    });
    // data is the record's JSON exactly as GET /v1/audit-events/{id} serves it.
    const one = await ledger.request('GET', `/v1/audit-events/${stored[7_777]!.eventId}`, { apiKey: KEY });
    expect(received[7_777]!.data).toBe(one.text);
  });

  it('keeps the list filters', async () => {
    const abort = new AbortController();
    const types = new Set<string>();
    let count = 0;
    for await (const event of readSse(`${ledger.baseUrl}/v1/audit-events/stream?resource_id=tx-b-42`, { 'x-api-key': KEY, 'last-event-id': '0' }, abort.signal)) {
      types.add(JSON.parse(event.data).resourceId);
      count++;
      break;
    }
    abort.abort();
    expect({ count, types: [...types] }).toEqual({ count: 1, types: ['tx-b-42'] });
    expect((await listAll(ledger, KEY, 'resource_id=tx-b-42')).length).toBe(1);
  });

  it('cuts off clients that stop reading, with a last event saying where to resume, and memory stays flat', async () => {
    const rssBefore = await metric(ledger, 'process_resident_memory_bytes');
    const endedBefore = await metric(ledger, 'ledger_event_streams_ended_total{reason="slow-client"}');
    // Each would pull 10,500 records of ~2.5 kB (≈ 26 MB) through a socket nobody reads.
    const sockets = Array.from({ length: 5 }, () => pausedStream(ledger, 0));
    await eventually(
      'every paused client cut off',
      async () => ((await metric(ledger, 'ledger_event_streams_ended_total{reason="slow-client"}')) >= endedBefore + 5 ? true : undefined),
      30_000,
    );
    const rssAfter = await metric(ledger, 'process_resident_memory_bytes');
    // Buffered, 5 × 26 MB would show; bounded, the service holds one page and the socket buffers per client.
    expect(rssAfter - rssBefore).toBeLessThan(40 * 1024 * 1024);
    // A client that starts reading again within the grace gets what was sent, then the last event, then the end.
    const texts = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<string>((resolve) => {
            let text = '';
            socket.setEncoding('utf8');
            socket.on('data', (chunk: string) => (text += chunk));
            socket.on('close', () => resolve(text));
            socket.on('error', () => undefined);
            socket.resume();
          }),
      ),
    );
    for (const text of texts) {
      expect(text.length).toBeLessThan(26 * 1024 * 1024);
      const ended = /event: stream-ended\ndata: (.*)\n/.exec(text);
      expect(ended).not.toBeNull();
      const { reason, lastEventId } = JSON.parse(ended![1]!);
      expect(reason).toBe('slow-client');
      const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
      expect(lastEventId).toBe(ids[ids.length - 1]);
      expect(lastEventId).toBeLessThan(10_500);
    }
  });
});
