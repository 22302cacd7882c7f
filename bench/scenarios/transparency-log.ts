import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BENCH_KEY, READ_HEADERS } from '../support/bench-api.js';
import { sequentialLatency, type LatencyResult } from '../support/sequential-latency.js';

const CLI = fileURLToPath(new URL('../../apps/ledger-cli/src/main.js', import.meta.url));

/** Waits until the ledger's latest signed checkpoint covers `length` records; returns its note. */
export async function checkpointCovering(url: string, length: number, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/v1/ledger/checkpoint`, { headers: READ_HEADERS });
    const note = await response.text();
    if (response.status === 200 && Number(note.split('\n')[1]) >= length) return note;
    if (Date.now() > deadline) throw new Error(`no checkpoint of size ${length} within ${timeoutMs} ms (last: HTTP ${response.status} ${note.slice(0, 200)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Sequential p50/p99 of inclusion proofs (at the latest checkpoint) for random sampled events, and of GET by id for the same ids. */
export async function inclusionProofLatency(url: string, ids: readonly string[]): Promise<{ proof: LatencyResult; get: LatencyResult }> {
  const pick = (i: number) => ids[(i * 7919) % ids.length]!;
  return {
    proof: await sequentialLatency(url, (i) => `/v1/audit-events/${pick(i)}/inclusion-proof`),
    get: await sequentialLatency(url, (i) => `/v1/audit-events/${pick(i)}`),
  };
}

/** Sequential p50/p99 of consistency proofs from random older sizes to the latest checkpoint. */
export function consistencyProofLatency(url: string, size: number): Promise<LatencyResult> {
  return sequentialLatency(url, (i) => `/v1/ledger/consistency-proof?from_size=${1 + ((i * 104_729) % (size - 1))}`);
}

/** Reads the whole export over HTTP (streamed), counting records. */
export async function exportRate(url: string): Promise<{ records: number; eventsPerSecond: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/ledger/export`, { headers: READ_HEADERS });
  if (response.status !== 200 || !response.body) throw new Error(`GET /v1/ledger/export: HTTP ${response.status}`);
  let records = 0;
  // Counted with indexOf, not a loop over every byte: the client shares the cores with the service.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) records += 1;
  }
  return { records, eventsPerSecond: records / ((performance.now() - started) / 1000) };
}

/**
 * The offline verifier's rate: `ledger export` of the whole ledger, then `ledger verify` of it.
 * Both run as child processes *asynchronously*: a spawnSync blocked the bench's event loop for the
 * minutes a 1,000,000-record export and verify take, long enough for the service to close the
 * bench's idle keep-alive connections (Fastify's 72 s keepAliveTimeout) unseen, and the next
 * request went out on a closed socket ("other side closed").
 */
export async function verifyCliRate(url: string, verifierKey: string): Promise<{ records: number; eventsPerSecond: number; verified: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const exported = await runCli(['export', '--url', url, '--api-key', BENCH_KEY, '--out', dir]);
    if (exported.status !== 0) throw new Error(`ledger export failed: ${exported.stderr.slice(-500)}`);
    const started = performance.now();
    const verified = await runCli(['verify', '--records', join(dir, 'records.ndjson'), '--checkpoint', join(dir, 'checkpoint.txt'), '--verifier-key', verifierKey]);
    const seconds = (performance.now() - started) / 1000;
    const records = Number(/records 1\.\.(\d+)/.exec(verified.stdout)?.[1] ?? 0);
    return { records, eventsPerSecond: records / seconds, verified: verified.status === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const execFileAsync = promisify(execFile);

/** The CLI's exit status and output; a non-zero exit is returned, not thrown. */
async function runCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return { status: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}
