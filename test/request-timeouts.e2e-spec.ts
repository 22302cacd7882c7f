import { connect } from 'node:net';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { expectProblem, type HttpAnswer } from './support/problem-assertions.js';

const KEY = 'request-timeouts-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];
const TIMEOUT_MS = 500;

interface RawExchange extends HttpAnswer {
  /** From the first byte written to the connection's close. */
  elapsedMs: number;
  /** Everything the server sent. */
  raw: string;
}

/**
 * Writes `chunks` on a fresh TCP connection, `gapMs` apart, and reads until the server closes it
 * (a bare close without an answer leaves status 0). Keeps writing while the socket is open.
 */
function exchange(port: number, chunks: string[], gapMs = 0): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(port, '127.0.0.1', async () => {
      for (const [i, chunk] of chunks.entries()) {
        if (i > 0 && gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
        if (socket.destroyed || socket.writableEnded) return;
        socket.write(chunk);
      }
    });
    socket.setTimeout(15_000, () => reject(new Error(`no close within 15 s; received ${JSON.stringify(received)}`)));
    socket.on('data', (data) => (received += data.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = new Headers(headerLines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, json, text: body, elapsedMs: Date.now() - started, raw: received });
    });
  });
}

/** Requests that do not arrive in time, or that no route can take, are answered in HTTP, never dropped. */
describe('request timeouts and unroutable request lines', () => {
  let ledger: LedgerProcess;
  let port: number;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: keys, env: { LEDGER_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) } });
    port = Number(new URL(ledger.baseUrl).port);
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  const lengthOf = async () => (await ledger.request('GET', '/v1/ledger', { apiKey: KEY })).json.length as number;
  const body = JSON.stringify(ruleCreated('slow'));
  const postHead = `POST /v1/audit-events HTTP/1.1\r\nHost: ledger\r\nX-API-Key: ${KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;

  function expectTimedOut(answer: RawExchange): void {
    expectProblem(answer, 408, [ledger.dataDir, KEY]);
    expect(answer.json).toMatchObject({ code: 'HTTP.REQUEST_TIMEOUT' });
    expect(answer.headers.get('x-request-id')).toBe((answer.json as { requestId: string }).requestId);
    // Within the timeout plus Node's checking interval (a quarter of it), with room for a loaded machine.
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(answer.elapsedMs).toBeLessThan(TIMEOUT_MS * 6);
  }

  it('answers headers that stop arriving with 408 problem+json after the request timeout', async () => {
    expectTimedOut(await exchange(port, ['GET /v1/ledger HTTP/1.1\r\nHost: ledger\r\n']));
  });

  it('answers headers that trickle in, a byte at a time, with 408 too', async () => {
    const head = `GET /v1/ledger HTTP/1.1\r\nHost: ledger\r\nX-API-Key: ${KEY}\r\nX-Padding: ${'p'.repeat(200)}\r\n\r\n`;
    expectTimedOut(await exchange(port, [...head], 20));
  });

  it('answers a body that stops arriving with 408, storing nothing', async () => {
    const before = await lengthOf();
    expectTimedOut(await exchange(port, [postHead + body.slice(0, 40)]));
    expect(await lengthOf()).toBe(before);
  });

  it('answers a body that trickles in slower than the timeout allows with 408, storing nothing', async () => {
    const before = await lengthOf();
    expectTimedOut(await exchange(port, [postHead, ...body.match(/.{1,8}/g)!], 40));
    expect(await lengthOf()).toBe(before);
  });

  it('still takes a request that arrives in time', async () => {
    const answer = await exchange(port, [postHead.replace('Host: ledger\r\n', 'Host: ledger\r\nConnection: close\r\n') + body]);
    expect({ status: answer.status, text: answer.text }).toMatchObject({ status: 201 });
  });

  it('leaves a kept-alive connection that idles longer than the timeout between requests alone', async () => {
    const get = 'GET /health HTTP/1.1\r\nHost: ledger\r\n\r\n';
    const answer = await exchange(port, [get, get.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n')], TIMEOUT_MS * 3);
    expect(answer.raw.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
  });

  it.each([
    ['CONNECT', 'CONNECT ledger.example:443 HTTP/1.1\r\nHost: ledger.example:443\r\n\r\n'],
    ['a method no HTTP parser knows', 'FROB /v1/audit-events HTTP/1.1\r\nHost: ledger\r\n\r\n'],
  ])('answers %s with 501 problem+json instead of closing the connection', async (_what, request) => {
    const answer = await exchange(port, [request]);
    expectProblem(answer, 501, [ledger.dataDir]);
    expect(answer.json).toMatchObject({ code: 'HTTP.METHOD_NOT_IMPLEMENTED' });
  });

  it.each([
    ['a known method no route takes (405: the path is served, with other methods)', 'PROPFIND /v1/audit-events HTTP/1.1\r\nHost: ledger\r\nConnection: close\r\n\r\n', 405],
    ['a garbled request line', '\u0001\u0002 nonsense\r\n\r\n', 400],
  ])('answers %s with a 4xx problem+json', async (_what, request, status) => {
    expectProblem(await exchange(port, [request]), status, [ledger.dataDir]);
  });
});
