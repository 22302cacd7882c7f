import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** A request to the ledger service that failed: no answer, or an answer that is not a success. */
export class LedgerApiError extends Error {
  override name = 'LedgerApiError';

  /** @param code the problem+json `code` of the service's answer, when it sent one. */
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/** The consistency proof as `GET /v1/ledger/consistency-proof` sends it. */
export interface ConsistencyProofResponse {
  fromSize: number;
  toSize: number;
  hashes: string[];
}

/** The transparency-log endpoints of the ledger service (scope audit:read, key in `X-API-Key`). */
export class LedgerApiClient {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly apiKey: string,
  ) {
    this.base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }

  /** `GET /v1/ledger/checkpoint`: the latest signed checkpoint note. */
  async checkpoint(): Promise<string> {
    return (await this.get('v1/ledger/checkpoint', 'text/plain')).text();
  }

  /** `GET /v1/ledger/consistency-proof`. @throws LedgerApiError when the answer is not that shape. */
  async consistencyProof(fromSize: number, toSize: number): Promise<ConsistencyProofResponse> {
    const body: unknown = await (await this.get(`v1/ledger/consistency-proof?from_size=${fromSize}&to_size=${toSize}`, 'application/json')).json();
    const proof = body as Partial<ConsistencyProofResponse> | null;
    if (proof === null || typeof proof !== 'object' || !Array.isArray(proof.hashes) || proof.fromSize !== fromSize || proof.toSize !== toSize) {
      throw new LedgerApiError(`the service answered the consistency proof ${fromSize} → ${toSize} with something else`);
    }
    return proof as ConsistencyProofResponse;
  }

  /** `GET /v1/ledger/export?to_sequence=`: records 1..toSequence as NDJSON, as a byte stream. */
  async exportRecords(toSequence: number): Promise<Readable> {
    const response = await this.get(`v1/ledger/export?to_sequence=${toSequence}`, 'application/x-ndjson');
    if (response.body === null) throw new LedgerApiError('the service sent an export without a body');
    return Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  }

  private async get(path: string, accept: string): Promise<Response> {
    const url = new URL(path, this.base);
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'X-API-Key': this.apiKey, Accept: accept } });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new LedgerApiError(`GET ${url.pathname}: no answer from ${url.origin}${cause}`);
    }
    if (!response.ok) {
      const problem = await problemOf(response);
      throw new LedgerApiError(`GET ${url.pathname}: ${response.status} ${problem.text}`, problem.code);
    }
    return response;
  }
}

async function problemOf(response: Response): Promise<{ text: string; code?: string }> {
  const body = await response.text().catch(() => '');
  try {
    const problem = JSON.parse(body) as { title?: unknown; detail?: unknown; code?: unknown };
    const text = [problem.title, problem.detail].filter((part) => typeof part === 'string').join(': ') || response.statusText;
    return { text, ...(typeof problem.code === 'string' ? { code: problem.code } : {}) };
  } catch {
    return { text: response.statusText };
  }
}
