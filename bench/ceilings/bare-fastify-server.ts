import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BareFastifyFixture } from './bare-fastify-fixture.js';

/**
 * HTTP ceiling, run as a child process like the service (node dist/bench/ceilings/bare-fastify-server.js):
 * a bare Fastify server on the service's routes that answers each request with the JSON the
 * service would send — no auth, validation, hashing, storage or read models.
 * - POST /v1/audit-events: the record built from the parsed body plus server members, 201 + Location.
 * - GET /v1/audit-events/:id: a real record fetched from the service (BENCH_FIXTURE_FILE).
 * - GET /v1/audit-events?…: the real page the service answered for that query.
 */
const fixture: BareFastifyFixture = process.env['BENCH_FIXTURE_FILE']
  ? (JSON.parse(readFileSync(process.env['BENCH_FIXTURE_FILE'], 'utf8')) as BareFastifyFixture)
  : { records: {}, pages: {} };
const recordIds = Object.keys(fixture.records);
const KNOWN: Record<string, { resourceType: string; action: string }> = {
  TRANSACTION_VALIDATED: { resourceType: 'transaction', action: 'VALIDATE' },
  RULE_UPDATED: { resourceType: 'rule', action: 'UPDATE' },
};
let sequence = 0;
let previousHash = '0'.repeat(64);

const app = Fastify({ bodyLimit: 1024 * 1024 });
app.get('/health', async () => ({ status: 'ok' }));

app.post('/v1/audit-events', async (request, reply) => {
  const body = request.body as Record<string, unknown>;
  sequence += 1;
  const hash = sequence.toString(16).padStart(64, 'f');
  const record = { eventId: randomUUID(), ledgerId: 'bench', sequence, ...body, ...KNOWN[String(body['eventType'])], createdAt: new Date().toISOString(), previousHash, hash };
  previousHash = hash;
  return reply.code(201).header('location', `/v1/audit-events/${record.eventId}`).send(record);
});

app.get('/v1/audit-events/:id', async (request, reply) => {
  const { id } = request.params as { id: string };
  // Ids the fixture lacks get a record of the same size, so any id list from the service works.
  const text = fixture.records[id] ?? fixture.records[recordIds[parseInt(id.slice(-6), 16) % recordIds.length]!];
  if (text === undefined) return reply.code(404).send({ status: 404 });
  return reply.type('application/json; charset=utf-8').send(text);
});

app.get('/v1/audit-events', async (request, reply) => {
  const page = fixture.pages[request.url];
  if (page === undefined) return reply.code(404).send({ status: 404 });
  return reply.type('application/json; charset=utf-8').send(page);
});

await app.listen({ port: Number(process.env['PORT']), host: process.env['HOST'] ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
