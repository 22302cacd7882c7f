import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rawSha256Rate } from './ceilings/raw-sha256.js';
import { rawSqliteInsertRate } from './ceilings/raw-sqlite-inserts.js';
import { fillLedger, waitForReadModels } from './scenarios/fill-ledger.js';
import { getById, postBatch, postSingle } from './scenarios/http-load.js';
import { sequentialLatency, verifyRate } from './scenarios/sequential-latency.js';
import { BenchProcess } from './support/bench-service.js';
import { sealedRecords } from './support/sealed-records.js';

/**
 * `npm run bench`: the service's throughput and latency on this machine, each beside a ceiling
 * measured in the same run. BENCH_EVENTS (default 1,000,000) sets the ledger size for the list and
 * verify lines; BENCH_SECONDS (default 10) the length of each load phase.
 */
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const SERVICE = fileURLToPath(new URL('../apps/ledger-api/src/main.js', import.meta.url));
const BARE = fileURLToPath(new URL('./ceilings/bare-fastify-server.js', import.meta.url));

const rows: string[][] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (what: string, result: string, ceilingName: string, ceiling: string, ratio: string, target: string) =>
  rows.push([what, result, ceilingName, ceiling, ratio, target]);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

log('ceilings: bare Fastify (HTTP), raw better-sqlite3 (storage), raw SHA-256 (hashing)');
const bare = await BenchProcess.start(BARE, {}, false);
const bareSingle = await postSingle(bare.url, 64, SECONDS);
const bareGet = await getById(bare.url, ['01a205a0-e353-7000-9794-fd02fad47efc'], 32, SECONDS);
await bare.stop();
const records = sealedRecords(20_000);
const sqliteRate = rawSqliteInsertRate(records);
const shaRate = rawSha256Rate(records.slice(0, 5000));

log('service: single POST at concurrency 64');
const service = await BenchProcess.start(SERVICE);
try {
  const single = await postSingle(service.url, 64, SECONDS);
  line('single-event POST, c=64', `${fmt(single.requestsPerSecond)} ev/s (p99 ${single.p99} ms, non-2xx ${single.non2xx})`,
    'bare Fastify POST', `${fmt(bareSingle.requestsPerSecond)} req/s`, `${fmt((100 * single.requestsPerSecond) / bareSingle.requestsPerSecond, 1)} %`,
    `≥ 5,000 ev/s: ${single.requestsPerSecond >= 5000 ? 'met' : 'MISSED'}`);

  log('service: batch POST (100 events) at concurrency 8');
  const batch = await postBatch(service.url, 100, 8, SECONDS);
  const batchEvents = batch.requestsPerSecond * 100;
  line('batch POST (100/request), c=8', `${fmt(batchEvents)} ev/s (p99 ${batch.p99} ms, non-2xx ${batch.non2xx})`,
    'raw SQLite inserts, 1000/tx, FULL', `${fmt(sqliteRate)} ev/s`, `${fmt((100 * batchEvents) / sqliteRate, 1)} %`,
    `≥ 30,000 ev/s: ${batchEvents >= 30_000 ? 'met' : 'MISSED'}`);

  const current = ((await (await fetch(`${service.url}/v1/ledger`, { headers: { 'x-api-key': 'bench-key-0123456789abcdef' } })).json()) as { length: number }).length;
  log(`filling the ledger from ${fmt(current)} to ${fmt(EVENTS)} events (1000-event batches, 4 clients)`);
  const fill = await fillLedger(service.url, EVENTS, current);
  const catchUp = await waitForReadModels(service.url, EVENTS);
  line(`fill to ${fmt(EVENTS)} events (batches of 1000, c=4)`, `${fmt(fill.eventsPerSecond)} ev/s`, 'raw SQLite inserts', `${fmt(sqliteRate)} ev/s`,
    `${fmt((100 * fill.eventsPerSecond) / sqliteRate, 1)} %`, `read models caught up ${fmt(catchUp, 1)} s after`);

  log('service: GET by id at concurrency 32');
  const get = await getById(service.url, fill.ids, 32, SECONDS);
  line('GET /v1/audit-events/{id}, c=32', `${fmt(get.requestsPerSecond)} req/s, p50 ${get.p50} ms, p99 ${get.p99} ms`,
    'bare Fastify GET', `${fmt(bareGet.requestsPerSecond)} req/s`, `${fmt((100 * get.requestsPerSecond) / bareGet.requestsPerSecond, 1)} %`,
    `p99 ≤ 5 ms: ${get.p99 <= 5 ? 'met' : 'MISSED'}`);

  log('service: filtered list pages');
  const byType = await sequentialLatency(service.url, () => '/v1/audit-events?event_type=LIMIT_UPDATED&limit=100', 300);
  line(`list page, event_type filter, limit 100, at ${fmt(EVENTS)}`, `p50 ${fmt(byType.p50, 2)} ms, p99 ${fmt(byType.p99, 2)} ms`, '', '', '', 'index-backed');
  const byResource = await sequentialLatency(service.url, () => `/v1/audit-events?resource_type=limit&resource_id=limit-${Math.floor(Math.random() * 40)}&limit=100`, 300);
  line(`list page, resource_type+resource_id, at ${fmt(EVENTS)}`, `p50 ${fmt(byResource.p50, 2)} ms, p99 ${fmt(byResource.p99, 2)} ms`, '', '', '', 'index-backed');

  log('service: ranged verify');
  const verify = await verifyRate(service.url, 100_000, Math.min(EVENTS, 1_000_000));
  line(`ranged verify (100,000/call, ${fmt(verify.verified)} events)`, `${fmt(verify.eventsPerSecond)} ev/s (intact: ${verify.intact})`,
    'raw SHA-256, one core', `${fmt(shaRate)} ev/s`, `${fmt((100 * verify.eventsPerSecond) / shaRate, 1)} %`,
    `≥ 150,000 ev/s: ${verify.eventsPerSecond >= 150_000 ? 'met' : 'MISSED'}`);
} finally {
  await service.stop();
}

const cpu = cpus()[0]?.model ?? 'unknown cpu';
process.stdout.write(`\nAudit ledger benchmark — ${new Date().toISOString()} — ${cpu}, ${cpus().length} cores, Node ${process.version}\n`);
process.stdout.write(`(load generator and service share the machine; each phase ${SECONDS} s)\n\n`);
const header = ['measurement', 'result', 'ceiling', 'ceiling value', 'of ceiling', 'target'];
process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
