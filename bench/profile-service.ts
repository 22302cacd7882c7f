import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchPostLoad } from './scenarios/batch-post.js';
import { singlePostLoad } from './scenarios/single-post.js';
import { BENCH_API_KEYS } from './support/bench-api.js';
import { loadBenchConfig } from './support/bench-config.js';
import { BenchProcess } from './support/bench-process.js';
import { summarizeCpuProfile, type CpuProfile, type CpuShare } from './support/cpu-profile-summary.js';
import { fmt } from './support/results-table.js';

/**
 * Where the service's CPU goes under one write load of the bench:
 * `npm run build && node dist/bench/profile-service.js [single|batch]` runs the service under
 * `node --cpu-prof`, drives it with the single-event POST (c=64, default) or batch POST load for
 * BENCH_SECONDS (default 12), then prints self time by package/lib, the top functions by self
 * and inclusive time, and where the .cpuprofile is (Chrome DevTools → Performance opens it).
 * The profile includes the service's start (module loading), a few percent.
 */
const SCENARIOS = { single: singlePostLoad, batch: batchPostLoad } as const;
const scenario = (process.argv[2] ?? 'single') as keyof typeof SCENARIOS;
if (!(scenario in SCENARIOS)) throw new Error(`unknown scenario '${scenario}': use ${Object.keys(SCENARIOS).join(' or ')}`);
const { seconds } = loadBenchConfig();
const profileDir = mkdtempSync(join(tmpdir(), 'ledger-cpu-prof-'));
const service = await BenchProcess.start(fileURLToPath(new URL('../apps/ledger-api/src/main.js', import.meta.url)), {
  withDataDir: true,
  env: { LEDGER_API_KEYS: BENCH_API_KEYS },
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
});
let okPerSecond = 0;
try {
  okPerSecond = (await SCENARIOS[scenario](service.url, seconds)).okPerSecond;
} finally {
  await service.stop();
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no .cpuprofile in ${profileDir} (did the service exit normally?)`);
const summary = summarizeCpuProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, 25);
const show = (title: string, shares: CpuShare[]) =>
  process.stdout.write(`\n${title}\n${shares.map((s) => `${fmt(s.percent, 1).padStart(6)} %  ${s.name}`).join('\n')}\n`);
process.stdout.write(`${scenario} POST: ${fmt(okPerSecond)} requests/s under --cpu-prof (profiling slows the service)\n`);
show('self time by place', summary.byPlace);
show('self time by function', summary.selfByFunction);
show('inclusive time by function', summary.inclusiveByFunction);
process.stdout.write(`\nprofile: ${join(profileDir, file)}\n`);
