import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchProcess } from '../support/bench-process.js';

/** What the bare server answers GETs with: bodies captured from the service under test. */
export interface BareFastifyFixture {
  /** eventId → the record's JSON as GET /v1/audit-events/{id} returned it. */
  records: Record<string, string>;
  /** Request URL (path and query) → the list page the service returned for it. */
  pages: Record<string, string>;
}

const SCRIPT = fileURLToPath(new URL('./bare-fastify-server.js', import.meta.url));

/** Runs `measure` against a bare Fastify ceiling server (serving `fixture`, if given), stopped afterwards. */
export async function withBareFastify<T>(fixture: BareFastifyFixture | undefined, measure: (url: string) => Promise<T>): Promise<T> {
  const server = await startBareFastify(fixture);
  try {
    return await measure(server.url);
  } finally {
    await server.stop();
  }
}

/** Starts the bare Fastify ceiling server as a child process, serving `fixture` (if given). */
export async function startBareFastify(fixture?: BareFastifyFixture): Promise<BenchProcess> {
  if (!fixture) return BenchProcess.start(SCRIPT);
  const dir = mkdtempSync(join(tmpdir(), 'bench-fixture-'));
  try {
    const file = join(dir, 'fixture.json');
    writeFileSync(file, JSON.stringify(fixture));
    // The server reads the file while starting; once it answers /health the file can go.
    return await BenchProcess.start(SCRIPT, { env: { BENCH_FIXTURE_FILE: file } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
