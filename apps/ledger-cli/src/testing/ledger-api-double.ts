import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  signTestCheckpoint,
  testConsistencyProofHex,
  toLines,
  type TestRecord,
} from '#integrity/testing';

/** The API key the double accepts; any other gets a 401 problem+json. */
export const DOUBLE_API_KEY = 'test-audit-reader';

/** What the double serves: the log it is at now, and optionally fewer export lines than asked for. */
export interface ServedLog {
  records: TestRecord[];
  size: number;
  dropExportLines?: number;
}

export interface LedgerApiDouble {
  baseUrl: string;
  /** Change it between tests: every answer is computed from it at request time. */
  served: ServedLog;
  /** Path and query of every request, with the API key it carried. */
  requests: { url: string; apiKey: string | undefined }[];
  close(): Promise<void>;
}

/**
 * A node:http stand-in for the ledger's transparency-log endpoints (checkpoint, consistency proof,
 * NDJSON export), answering from a test ledger with checkpoints signed by `privateKey`. A test double
 * of the HTTP API, not the service: the end-to-end suites (test/) run the commands against the real one.
 */
export async function startLedgerApiDouble(privateKey: string, served: ServedLog): Promise<LedgerApiDouble> {
  const double: Omit<LedgerApiDouble, 'baseUrl' | 'close'> = { served, requests: [] };
  const server = createServer((request, response) => void answer(double, privateKey, request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(double, {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}

async function answer(
  double: Omit<LedgerApiDouble, 'baseUrl' | 'close'>,
  privateKey: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://double');
  const apiKey = request.headers['x-api-key'] as string | undefined;
  double.requests.push({ url: `${url.pathname}${url.search}`, apiKey });
  const { records, size, dropExportLines = 0 } = double.served;
  if (apiKey !== DOUBLE_API_KEY) {
    response.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'Unauthorized', detail: 'invalid API key' }));
  } else if (url.pathname === '/v1/ledger/checkpoint') {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(signTestCheckpoint(records, size, privateKey));
  } else if (url.pathname === '/v1/ledger/consistency-proof') {
    const [fromSize, toSize] = [Number(url.searchParams.get('from_size')), Number(url.searchParams.get('to_size'))];
    const hashes = testConsistencyProofHex(records, fromSize, toSize);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ fromSize, toSize, hashes }));
  } else if (url.pathname === '/v1/ledger/export') {
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    for (const line of toLines(records.slice(0, Number(url.searchParams.get('to_sequence')) - dropExportLines))) {
      if (!response.write(`${line}\n`)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  } else {
    response.writeHead(404).end();
  }
}
