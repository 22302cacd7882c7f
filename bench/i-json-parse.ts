import fastify from 'fastify';
import { parseIJson } from '#integrity';
import { sampleEventJson } from './support/sample-events.js';

/**
 * `node dist/bench/i-json-parse.js`: what parsing one 100-event batch body costs with Fastify's
 * default JSON parser (secure-json-parse over the decoded text, as before bad bytes and repeated
 * member names were refused) and with parseIJson (UTF-8 check, JSON.parse, repeated-name check),
 * beside a bare decode + JSON.parse, and parseIJson on the same body with one name repeated at its
 * end (the character scan runs). Alternating rounds, so that load from elsewhere hits every variant.
 */
const body = Buffer.from(`{"events":[${Array.from({ length: 100 }, (_, i) => sampleEventJson(i + 1)).join(',')}]}`);
const defaultParser = fastify().getDefaultJsonParser('error', 'error');
const repeated = Buffer.from(body.toString('utf8').replace(/}]}$/, ',"metadata":{}}]}'));
const variants: Record<string, () => void> = {
  'Fastify default parser': () =>
    defaultParser({} as never, body.toString('utf8'), (error) => {
      if (error) throw error;
    }),
  'decode + JSON.parse alone': () => JSON.parse(body.toString('utf8')),
  parseIJson: () => parseIJson(body),
  'parseIJson, a name repeated at the end': () => {
    try {
      parseIJson(repeated);
    } catch {
      return;
    }
    throw new Error('the repeated name was not found');
  },
};
const ROUNDS = 11;
const PER_ROUND = 300;
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(variants)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PER_ROUND; i++) run();
    samples[name]!.push(Number(process.hrtime.bigint() - start) / 1000 / PER_ROUND);
  }
}
process.stdout.write(`100-event batch body: ${body.length} bytes; µs per body, median of ${ROUNDS} rounds of ${PER_ROUND}\n`);
for (const [name, times] of Object.entries(samples)) {
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  process.stdout.write(`${name.padEnd(44)} ${median.toFixed(1).padStart(8)} µs  (${((body.length / median) * 1e6 / 2 ** 20).toFixed(0)} MiB/s)\n`);
}
