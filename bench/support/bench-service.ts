import { fileURLToPath } from 'node:url';
import { BENCH_API_KEYS, BENCH_LEDGER, WRITE_HEADERS } from './bench-api.js';
import { BenchProcess } from './bench-process.js';
import { ruleSetupBody } from './sample-events.js';

/** The built service's entry point (dist/apps/ledger-api/src/main.js beside dist/bench). */
const SERVICE = fileURLToPath(new URL('../../apps/ledger-api/src/main.js', import.meta.url));

export interface BenchServiceOptions {
  /** Node flags for the service, e.g. ['--cpu-prof', …]. */
  nodeArgs?: string[];
}

/**
 * The ledger service as every bench drives it: a fresh data directory, the bench API key, the
 * scrubber's own walks off (LEDGER_SCRUB_INTERVAL_MS=0: it walks only in the scrubber line), and
 * ledger `bench` flagging a differing before-image instead of refusing it (concurrent updates of one
 * rule may reach the ledger out of the order they were generated in). The sample rules are created
 * before this resolves, so that every sample RULE_UPDATED is accepted.
 * BENCH_SERVICE_LOG_LEVEL (default warn) sets the service's LOG_LEVEL.
 */
export async function startBenchService(options: BenchServiceOptions = {}): Promise<BenchProcess> {
  const service = await BenchProcess.start(SERVICE, {
    withDataDir: true,
    env: {
      LOG_LEVEL: process.env['BENCH_SERVICE_LOG_LEVEL'] ?? 'warn',
      LEDGER_SCRUB_INTERVAL_MS: '0',
      LEDGER_API_KEYS: BENCH_API_KEYS,
      LEDGER_SETTINGS: JSON.stringify({ [BENCH_LEDGER]: { beforeImageMismatch: 'flag' } }),
    },
    nodeArgs: options.nodeArgs,
  });
  try {
    const setup = await fetch(`${service.url}/v1/audit-events/batch`, { method: 'POST', headers: WRITE_HEADERS, body: ruleSetupBody() });
    if (setup.status !== 201) throw new Error(`creating the sample rules: HTTP ${setup.status} ${(await setup.text()).slice(0, 300)}`);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
