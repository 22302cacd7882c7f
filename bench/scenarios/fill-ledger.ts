import { getJson, WRITE_HEADERS } from '../support/bench-api.js';
import { batchBody } from './batch-post.js';

/** Events per fill request: 500 ~1.2 KB events stay under the default 1 MiB body limit. */
const FILL_BATCH = 500;
const FILL_CLIENTS = 4;
/** One id kept out of this many, for GET by id over the whole ledger. */
const ID_SAMPLE_EVERY = 25;
const EVENT_ID = /"eventId":"([0-9a-f-]{36})"/g;
/** The first record's sequence in a batch answer (records come in request order, sequences contiguous). */
const FIRST_SEQUENCE = /"sequence":(\d+)/;

/** One acknowledged fill request: sequences `first`…`last`, answered at `at` (performance.now() ms). */
export interface FillAcknowledgement {
  first: number;
  last: number;
  at: number;
}

export interface FillResult {
  added: number;
  seconds: number;
  eventsPerSecond: number;
  /** Ids of stored events spread over the whole ledger. */
  sampleIds: string[];
  /** When the last request of the fill was answered (performance.now() ms). */
  lastAcknowledgedAt: number;
}

/**
 * Grows the ledger to `target` events through POST /v1/audit-events/batch (500 per request, 4 clients).
 * `onAcknowledged` hears of every answered request (the projector-lag line's acknowledgement times).
 */
export async function fillLedger(url: string, target: number, onAcknowledged?: (ack: FillAcknowledgement) => void): Promise<FillResult> {
  const { length } = await getJson<{ length: number }>(url, '/v1/ledger');
  const sampleIds: string[] = [];
  let remaining = Math.max(0, target - length);
  const added = remaining;
  let lastAcknowledgedAt = performance.now();
  const client = async () => {
    while (remaining > 0) {
      const size = Math.min(FILL_BATCH, remaining);
      remaining -= size;
      const response = await fetch(`${url}/v1/audit-events/batch`, { method: 'POST', headers: WRITE_HEADERS, body: batchBody(size) });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`fill: HTTP ${response.status} ${text.slice(0, 500)}`);
      const at = performance.now();
      lastAcknowledgedAt = Math.max(lastAcknowledgedAt, at);
      if (onAcknowledged) {
        const first = Number(FIRST_SEQUENCE.exec(text)?.[1]);
        if (!Number.isSafeInteger(first)) throw new Error(`fill: no sequence in the batch answer ${text.slice(0, 300)}`);
        onAcknowledged({ first, last: first + size - 1, at });
      }
      let i = 0;
      for (const match of text.matchAll(EVENT_ID)) if (i++ % ID_SAMPLE_EVERY === 0) sampleIds.push(match[1]!);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: FILL_CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  return { added, seconds, eventsPerSecond: added / seconds, sampleIds, lastAcknowledgedAt };
}

/** Waits until the projector has applied the whole log (GET /readyz: lagEvents 0); returns the seconds waited. */
export async function waitForProjector(url: string, timeoutSeconds = 1800): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${url}/readyz`);
    const body = (await response.json()) as { checks?: { projector?: { lagEvents?: number | null } } };
    if (body.checks?.projector?.lagEvents === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > timeoutSeconds * 1000) throw new Error(`projector still behind after ${timeoutSeconds} s: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
