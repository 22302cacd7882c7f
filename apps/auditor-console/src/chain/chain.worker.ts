import { toHex } from '../verify/bytes.js';
import { ChainChecker, GENESIS_PREVIOUS_HASH } from '../verify/chain-check.js';
import { merkleRootOfLeaves, recordLeafHash } from '../verify/merkle.js';
import type { StoredRecord } from '../verify/record-hash.js';
import type { ChainJob, ChainReport } from './chain-worker-protocol.js';

/**
 * The chain check, off the page's thread: every record's hash (RFC 8785 + SHA-256, WebCrypto) and
 * link, in order, with progress; offline, also the Merkle root of the first `treeSize` records.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ChainJob>) => void) | null; postMessage: (report: ChainReport) => void };

scope.onmessage = (event) => {
  run(event.data).catch((error: unknown) => scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
};

async function run(job: ChainJob): Promise<void> {
  const started = performance.now();
  const rate = (n: number) => Math.round(n / Math.max((performance.now() - started) / 1000, 0.001));
  let checker: ChainChecker;
  let lines: AsyncIterable<string>;
  const leaves: Uint8Array[] = [];
  if (job.kind === 'online') {
    const previous = job.fromSequence > 1 ? await recordAt(job.apiKey, job.fromSequence - 1) : undefined;
    checker = new ChainChecker(job.fromSequence, previous?.hash ?? GENESIS_PREVIOUS_HASH);
    const to = job.toSequence === undefined ? '' : `&to_sequence=${job.toSequence}`;
    lines = fetchLines(job.apiKey, `/v1/ledger/export?from_sequence=${job.fromSequence}${to}`);
  } else {
    checker = new ChainChecker();
    lines = (async function* () {
      yield* job.recordsText.split('\n');
    })();
  }
  let lastSequence = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as StoredRecord;
    if (await checker.push(record)) break;
    lastSequence = record.sequence;
    if (job.kind === 'offline' && record.sequence <= job.treeSize) leaves.push(await recordLeafHash(record.hash));
    if (checker.checked % 500 === 0) scope.postMessage({ kind: 'progress', checked: checker.checked, eventsPerSecond: rate(checker.checked) });
  }
  const rootHex = job.kind === 'offline' && !checker.broken && leaves.length === job.treeSize ? toHex(await merkleRootOfLeaves(leaves)) : undefined;
  scope.postMessage({ kind: 'done', checked: checker.checked, eventsPerSecond: rate(checker.checked), broken: checker.broken, lastSequence, rootHex });
}

async function recordAt(apiKey: string, sequence: number): Promise<StoredRecord> {
  const response = await fetch(`/v1/ledger/export?from_sequence=${sequence}&to_sequence=${sequence}`, { headers: { 'X-API-Key': apiKey } });
  if (!response.ok) throw new Error(`the record before the range: HTTP ${response.status}`);
  return JSON.parse(await response.text()) as StoredRecord;
}

/** The export's NDJSON lines as they arrive (the range is never held whole). */
async function* fetchLines(apiKey: string, path: string): AsyncGenerator<string> {
  const response = await fetch(path, { headers: { 'X-API-Key': apiKey } });
  if (!response.ok || !response.body) throw new Error(`the export answered HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    yield* lines;
  }
  if (buffer) yield buffer;
}
