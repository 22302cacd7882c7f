import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchPostLoad } from './scenarios/batch-post.js';
import { singlePostLoad } from './scenarios/single-post.js';
import { loadBenchConfig } from './support/bench-config.js';
import { startBenchService } from './support/bench-service.js';
import { summarizeCpuProfile, type CpuProfile, type CpuShare } from './support/cpu-profile-summary.js';
import type { LoadResult } from './support/load-test.js';
import { fmt } from './support/results-table.js';

/**
 * Where the service's CPU goes under one write load of the bench:
 * `npm run build && node dist/bench/profile-service.js [single|batch]` runs the service under
 * `node --cpu-prof`, drives it with the single-event POST (c=64, default) or batch POST load for
 * BENCH_SECONDS (default 12), then prints self time by package/lib, the top functions by self
 * and inclusive time, and where the .cpuprofile is (Chrome DevTools → Performance opens it).
 * The service is started and set up as by run-bench (startBenchService), so the load's appends succeed.
 * The profile includes the service's start (module loading) and the rule setup, a few percent.
 */
const SCENARIOS = { single: singlePostLoad, batch: batchPostLoad } as const;
const scenario = (process.argv[2] ?? 'single') as keyof typeof SCENARIOS;
if (!(scenario in SCENARIOS)) throw new Error(`unknown scenario '${scenario}': use ${Object.keys(SCENARIOS).join(' or ')}`);
const { seconds } = loadBenchConfig();
const profileDir = mkdtempSync(join(tmpdir(), 'ledger-cpu-prof-'));
// Set up as run-bench sets it up (rules created, before-images flagged), so that every request of the load is a successful append.
const service = await startBenchService({ nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
let result: LoadResult;
try {
  result = await SCENARIOS[scenario](service.url, seconds);
} finally {
  await service.stop();
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no .cpuprofile in ${profileDir} (did the service exit normally?)`);
const summary = summarizeCpuProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, 25);
const show = (title: string, shares: CpuShare[]) =>
  process.stdout.write(`\n${title}\n${shares.map((s) => `${fmt(s.percent, 1).padStart(6)} %  ${s.name}`).join('\n')}\n`);
const failed = result.failures === 0 ? '' : `, ${fmt(result.failures)} FAILED ${JSON.stringify(result.statusCodes)} (the profile is of failing requests too)`;
process.stdout.write(`${scenario} POST: ${fmt(result.okPerSecond)} successful requests/s under --cpu-prof (profiling slows the service)${failed}\n`);
show('self time by place', summary.byPlace);
show('self time by function', summary.selfByFunction);
show('inclusive time by function', summary.inclusiveByFunction);
process.stdout.write(`\nprofile: ${join(profileDir, file)}\n`);
