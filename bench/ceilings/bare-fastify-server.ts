import Fastify from 'fastify';

/**
 * HTTP ceiling: a bare Fastify server answering the same routes with a fixed, realistically
 * sized JSON record, parsing the JSON body as the ledger does. No validation, hashing or storage.
 */
const record = {
  eventId: '01a205a0-e353-7000-9794-fd02fad47efc',
  ledgerId: 'bench',
  sequence: 1,
  eventType: 'LIMIT_UPDATED',
  resourceType: 'limit',
  resourceId: 'limit-1',
  action: 'UPDATE',
  result: 'SUCCESS',
  actor: { id: 'user-1', actorType: 'user', name: 'Ana Souza', role: 'risk-manager', ipAddress: '10.20.30.40' },
  context: { before: { maxAmount: '5000.00', currency: 'BRL', scopes: [{ segmentId: 'seg-1' }] }, after: { maxAmount: '7500.00', currency: 'BRL', scopes: [{ segmentId: 'seg-1' }] } },
  metadata: { ticket: 'RISK-1', approvals: 2, comment: 'Raised for the Zürich branch after the quarterly review (東京 desk informed)' },
  createdAt: '2026-11-22T10:00:00.000Z',
  previousHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
};
const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));
app.post('/v1/audit-events', async (_request, reply) => reply.code(201).send(record));
app.get('/v1/audit-events/:id', async () => record);
await app.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
