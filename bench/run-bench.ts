import { withBareFastify } from './ceilings/bare-fastify-fixture.js';
import { meanCanonicalBytes, rawSha256Rate } from './ceilings/raw-sha256.js';
import { rawSqliteInsertRate } from './ceilings/raw-sqlite-inserts.js';
import { BATCH_CONNECTIONS, BATCH_SIZE, batchPostLoad } from './scenarios/batch-post.js';
import { captureFixture } from './scenarios/captured-fixture.js';
import { fillLedger, waitForProjector } from './scenarios/fill-ledger.js';
import { ProjectorLagSampler, projectorLagLine } from './scenarios/projector-lag.js';
import { residentMemory, serviceMemoryLine } from './scenarios/service-memory.js';
import { GET_CONNECTIONS, getByIdLoad } from './scenarios/get-by-id.js';
import { LIST_QUERIES, listPageLatency, type LatencyResult } from './scenarios/list-page.js';
import { rangedVerify } from './scenarios/ranged-verify.js';
import { asOfLatency, buildLongHistory, LONG_HISTORY_EVENTS } from './scenarios/long-history.js';
import { peerAppendLines } from './scenarios/peer-append.js';
import { measureRebuild } from './scenarios/rebuild-rate.js';
import { appendsBesideScrubber, fullSpeedScrubRate } from './scenarios/scrub-rate.js';
import { checkpointCovering, consistencyProofLatency, exportRate, inclusionProofLatency, verifyCliRate } from './scenarios/transparency-log.js';
import { SINGLE_POST_CONNECTIONS, singlePostLoad } from './scenarios/single-post.js';
import { getJson, READ_HEADERS } from './support/bench-api.js';
import { loadBenchConfig } from './support/bench-config.js';
import { startBenchService } from './support/bench-service.js';
import type { LoadResult } from './support/load-test.js';
import { describeMachine } from './support/machine.js';
import { fmt, ms, renderTable, type BenchLine } from './support/results-table.js';
import { sealedRows } from './support/sealed-records.js';

/**
 * `npm run bench`: the service's throughput and latency on this machine, each beside a ceiling
 * measured in the same run, printed as one markdown table. BENCH_EVENTS (default 1,000,000):
 * ledger size for the list and verify lines; BENCH_SECONDS (default 12): each load phase;
 * BENCH_PEER_EVENTS (default 100,000): events of each in-process peer append.
 * Order: fill (the projector's lag sampled every 250 ms meanwhile; the service's RSS right after the
 * fill and the catch-up) → single POST → batch POST → GET by id → list pages → ranged verify →
 * transparency-log proofs, export, offline verify → as_of on a 100,000-event limit → batch POST
 * without and with the scrubber → (service stopped) raw log read, a full-speed scrub and rebuild of
 * every projection → in-process appends, our write core vs emmett-sqlite (nothing else running); every
 * service measurement next to its ceiling so that load from elsewhere on the machine hits both.
 * The service is started and set up by startBenchService (shared with profile-service).
 */
const config = loadBenchConfig();
const SQLITE_CEILING_ROWS = 100_000;
const lines: BenchLine[] = [];
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const failures = (r: LoadResult) => (r.failures === 0 ? '' : `, **${fmt(r.failures)} failed** ${JSON.stringify(r.statusCodes)}`);
const latencies = (r: LatencyResult) => `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`;

const started = new Date();
const service = await startBenchService({ nodeArgs: (process.env['BENCH_SERVICE_NODE_ARGS'] ?? '').split(' ').filter(Boolean) });
try {
  log(`sealing ${fmt(SQLITE_CEILING_ROWS)} rows for the storage ceiling`);
  const ceilingRows = sealedRows(SQLITE_CEILING_ROWS);

  log(`filling the ledger to ${fmt(config.events)} events (batch endpoint, 500 per request, 4 clients)`);
  const sampler = await ProjectorLagSampler.start(service.url);
  const memoryAtStart = residentMemory(service.child.pid!);
  const fill = await fillLedger(service.url, config.events, sampler.acknowledged).finally(() => sampler.stop());
  const lag = await sampler.finish(fill.lastAcknowledgedAt);
  // Right after the fill and the catch-up: what the service holds with the whole ledger written and projected.
  const memory = residentMemory(service.child.pid!);
  const fillLine = (sqliteRate: number): BenchLine => ({
    measurement: `fill to ${fmt(config.events)} events (batch POST, 500/request, c=4)`,
    result: `${fmt(fill.eventsPerSecond)} ev/s (${fmt(fill.added)} in ${fmt(fill.seconds, 1)} s; projector caught up ${fmt(lag.caughtUpSeconds, 2)} s later)`,
    ceiling: `raw better-sqlite3 inserts: ${fmt(sqliteRate)} ev/s`,
    ratioPercent: (100 * fill.eventsPerSecond) / sqliteRate,
    target: '—',
  });

  log(`single POST, c=${SINGLE_POST_CONNECTIONS}: bare Fastify, then the service`);
  const bareSingle = await withBareFastify(undefined, (url) => singlePostLoad(url, config.seconds));
  const single = await singlePostLoad(service.url, config.seconds);
  lines.push({
    measurement: `single-event POST /v1/audit-events, c=${SINGLE_POST_CONNECTIONS}`,
    result: `${fmt(single.okPerSecond)} ev/s (p50 ${ms(single.p50)}, p99 ${ms(single.p99)}${failures(single)})`,
    ceiling: `bare Fastify, same request → same JSON: ${fmt(bareSingle.okPerSecond)} req/s`,
    ratioPercent: (100 * single.okPerSecond) / bareSingle.okPerSecond,
    target: '≥ 5,000 ev/s',
    met: single.okPerSecond >= 5000 && single.failures === 0,
  });

  log(`batch POST (${BATCH_SIZE}/request), c=${BATCH_CONNECTIONS}: raw better-sqlite3 inserts, then the service`);
  const sqliteRate = rawSqliteInsertRate(ceilingRows);
  const batch = await batchPostLoad(service.url, config.seconds);
  const batchRate = batch.okPerSecond * BATCH_SIZE;
  lines.push({
    measurement: `batch POST /v1/audit-events/batch (${BATCH_SIZE}/request), c=${BATCH_CONNECTIONS}`,
    result: `${fmt(batchRate)} ev/s (${fmt(batch.okPerSecond)} req/s, p99 ${ms(batch.p99)}${failures(batch)})`,
    ceiling: `raw better-sqlite3, same rows, 1000/tx, WAL, FULL: ${fmt(sqliteRate)} ev/s`,
    ratioPercent: (100 * batchRate) / sqliteRate,
    target: '≥ 30,000 ev/s',
    met: batchRate >= 30_000 && batch.failures === 0,
  });
  lines.push(fillLine(sqliteRate), projectorLagLine(lag, fill), serviceMemoryLine(memory, memoryAtStart, config.events));

  const caughtUp = await waitForProjector(service.url);
  const { length } = await getJson<{ length: number }>(service.url, '/v1/ledger');
  log(`projector caught up ${fmt(caughtUp, 1)} s after the write phases; ledger length ${fmt(length)}`);
  const listPaths = [...LIST_QUERIES.eventType, ...LIST_QUERIES.resource];
  const fixture = await captureFixture(service.url, fill.sampleIds, listPaths);

  log(`GET by id, c=${GET_CONNECTIONS}, and list pages: bare Fastify (serving the service's own answers), then the service`);
  const [bareGet, bareByType, bareByResource] = await withBareFastify(fixture, async (url) => [
    await getByIdLoad(url, fill.sampleIds, config.seconds),
    await listPageLatency(url, LIST_QUERIES.eventType),
    await listPageLatency(url, LIST_QUERIES.resource),
  ] as const);
  const get = await getByIdLoad(service.url, fill.sampleIds, config.seconds);
  lines.push({
    measurement: `GET /v1/audit-events/{id}, c=${GET_CONNECTIONS}, random ids over ${fmt(length)} events`,
    result: `${fmt(get.okPerSecond)} req/s, p50 ${ms(get.p50)}, p99 ${ms(get.p99)}${failures(get)}`,
    ceiling: `bare Fastify, same record JSON: ${fmt(bareGet.okPerSecond)} req/s (p99 ${ms(bareGet.p99)})`,
    ratioPercent: (100 * get.okPerSecond) / bareGet.okPerSecond,
    target: 'p99 ≤ 5 ms',
    met: get.p99 <= 5 && get.failures === 0,
  });
  for (const [name, paths, ceiling] of [
    ['event_type=RULE_UPDATED', LIST_QUERIES.eventType, bareByType],
    ['resource_type=rule&resource_id=…', LIST_QUERIES.resource, bareByResource],
  ] as const) {
    const page = await listPageLatency(service.url, paths);
    lines.push({
      measurement: `list page ${name}&limit=100 at ${fmt(length)} events (sequential)`,
      result: latencies(page),
      ceiling: `bare Fastify, same page: ${latencies(ceiling)}`,
      ratioPercent: (100 * ceiling.p50) / page.p50,
      target: '— (index-backed)',
    });
  }

  log('ranged verify across the whole chain (100,000 per call)');
  const verify = await rangedVerify(service.url);
  const records = Object.values(fixture.records).map((text) => JSON.parse(text) as Record<string, unknown>);
  const shaRate = rawSha256Rate(records);
  lines.push({
    measurement: `ranged verify, max_records=100000 (${fmt(verify.calls)} calls over ${fmt(verify.verified)} events)`,
    result: `${fmt(verify.eventsPerSecond)} ev/s (intact: ${verify.intact})`,
    ceiling: `raw SHA-256 over the same canonical bytes (~${fmt(meanCanonicalBytes(records))} B/record), one core: ${fmt(shaRate)} ev/s`,
    ratioPercent: (100 * verify.eventsPerSecond) / shaRate,
    target: '≥ 150,000 ev/s',
    met: verify.eventsPerSecond >= 150_000 && verify.intact,
  });

  log('transparency log: inclusion and consistency proofs at the latest checkpoint, the export, the offline verifier');
  const checkpointSize = Number((await checkpointCovering(service.url, length)).split('\n')[1]);
  const inclusion = await inclusionProofLatency(service.url, fill.sampleIds);
  lines.push({
    measurement: `inclusion proof GET /v1/audit-events/{id}/inclusion-proof at ${fmt(checkpointSize)} events (sequential)`,
    result: latencies(inclusion.proof),
    ceiling: `GET by id of the same events, sequential: ${latencies(inclusion.get)}`,
    ratioPercent: (100 * inclusion.get.p50) / inclusion.proof.p50,
    target: 'p99 ≤ 5 ms',
    met: inclusion.proof.p99 <= 5,
  });
  const consistency = await consistencyProofLatency(service.url, checkpointSize);
  lines.push({
    measurement: `consistency proof from a random size to ${fmt(checkpointSize)} (sequential)`,
    result: latencies(consistency),
    ceiling: `GET by id, sequential: ${latencies(inclusion.get)}`,
    ratioPercent: (100 * inclusion.get.p50) / consistency.p50,
    target: 'p99 ≤ 5 ms',
    met: consistency.p99 <= 5,
  });
  const exported = await exportRate(service.url);
  const verifierKey = (await (await fetch(`${service.url}/v1/ledger/checkpoint-key`, { headers: READ_HEADERS })).text()).trim();
  const offline = await verifyCliRate(service.url, verifierKey);
  lines.push({
    measurement: `offline \`ledger verify\` of an export of ${fmt(offline.records)} records (signature, hashes, links, Merkle root)`,
    result: `${fmt(offline.eventsPerSecond)} ev/s (verified: ${offline.verified})`,
    ceiling: `raw SHA-256 over the same canonical bytes, one core: ${fmt(shaRate)} ev/s`,
    ratioPercent: (100 * offline.eventsPerSecond) / shaRate,
    target: '—',
    met: offline.verified,
  });

  log(`giving one limit a history of ${fmt(LONG_HISTORY_EVENTS)} events, then as_of at random points of it`);
  const longHistory = await buildLongHistory(service.url);
  await waitForProjector(service.url);
  const current = await asOfLatency(service.url, longHistory, false);
  const asOf = await asOfLatency(service.url, longHistory, true);
  lines.push({
    measurement: `GET /v1/limits/{id}?as_of=seq:<random> on a limit with ${fmt(LONG_HISTORY_EVENTS)} events (sequential)`,
    result: latencies(asOf),
    ceiling: `same limit, current state (no fold): ${latencies(current)}`,
    ratioPercent: (100 * current.p50) / asOf.p50,
    target: 'p99 ≤ 20 ms',
    met: asOf.p99 <= 20,
  });

  log(`batch POST without, then with the scrubber walking the log at the service's pace`);
  const beside = await appendsBesideScrubber(service.url, service.dataDir!, config.seconds);

  await service.stop({ keepData: true });
  log('service stopped: raw read of the log, a walk of the scrubber, then a rebuild of every projection from it');
  const rebuild = await measureRebuild(service.dataDir!);
  const scrub = await fullSpeedScrubRate(service.dataDir!);
  const peerLines = await peerAppendLines(config.peerEvents, log);
  lines.push({
    measurement: `scrubber: a full walk of ${fmt(scrub.records)} events (bytes, hash, links, envelope, index rows, tree leaves; service stopped, full speed)`,
    result:
      `${fmt(scrub.eventsPerSecond)} ev/s (${fmt(scrub.violations)} violations); batch POST c=${BATCH_CONNECTIONS} with the scrubber walking at the service's pace: ` +
      `${fmt(beside.with.okPerSecond * BATCH_SIZE)} ev/s (${fmt(beside.walks)} walks done${failures(beside.with)}) vs ${fmt(beside.without.okPerSecond * BATCH_SIZE)} ev/s without`,
    ceiling: `raw read of the log through the store port, same run: ${fmt(rebuild.rawReadEventsPerSecond)} ev/s`,
    ratioPercent: (100 * scrub.eventsPerSecond) / rebuild.rawReadEventsPerSecond,
    target: 'appends with ≥ 90 % of without',
    met: beside.with.okPerSecond >= 0.9 * beside.without.okPerSecond && scrub.violations === 0 && beside.violations === 0,
  });
  lines.push({
    measurement: `rebuild of every projection (one pass) over ${fmt(rebuild.events)} events`,
    result: `${fmt(rebuild.rebuildEventsPerSecond)} ev/s (${fmt(rebuild.rebuildSeconds, 1)} s)`,
    ceiling: `raw read of the log through the store port, same run: ${fmt(rebuild.rawReadEventsPerSecond)} ev/s`,
    ratioPercent: (100 * rebuild.rebuildEventsPerSecond) / rebuild.rawReadEventsPerSecond,
    target: '≥ 50,000 ev/s',
    met: rebuild.rebuildEventsPerSecond >= 50_000,
  });
  lines.push({
    measurement: `GET /v1/ledger/export (NDJSON, streamed) of ${fmt(exported.records)} records`,
    result: `${fmt(exported.eventsPerSecond)} ev/s`,
    ceiling: `raw read of the log through the store port, same run: ${fmt(rebuild.rawReadEventsPerSecond)} ev/s`,
    ratioPercent: (100 * exported.eventsPerSecond) / rebuild.rawReadEventsPerSecond,
    target: '≥ 70 % of the raw read',
    met: exported.eventsPerSecond >= 0.7 * rebuild.rawReadEventsPerSecond,
  });
  lines.push(...peerLines);
} catch (error) {
  process.stderr.write(`\nthe bench failed; the service's last output:\n${service.logs}\n`);
  throw error;
} finally {
  await service.stop();
  // On a failure midway, the lines measured so far still print (and the error after them).
  process.stdout.write(`\n### Audit ledger benchmark\n\n${describeMachine(started)}\n\n`);
  process.stdout.write(`Load generator (autocannon/fetch) and servers share this machine. Load phases ${config.seconds} s after a 2 s warm-up; `);
  process.stdout.write(`BENCH_EVENTS=${config.events}. Ratio = result ÷ ceiling (for latency lines: ceiling p50 ÷ result p50).\n\n`);
  process.stdout.write(`${renderTable(lines)}\n`);
}
