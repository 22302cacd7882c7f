import fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { installClosingGate } from './closing-gate.js';

describe('the closing gate', () => {
  let app: FastifyInstance;
  let beginClosing: () => void;
  let url: string;
  beforeAll(async () => {
    app = fastify();
    beginClosing = installClosingGate(app);
    app.get('/work', async () => ({ done: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/work`;
  });
  afterAll(() => app.close());

  it('lets requests through until shutdown begins', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).not.toBe('close');
  });

  it('then refuses new requests with a problem+json 503 that closes the connection', async () => {
    beginClosing();
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('connection')).toBe('close');
    expect(response.headers.get('retry-after')).not.toBeNull();
    expect(await response.json()).toMatchObject({ status: 503, code: 'LEDGER.SHUTTING_DOWN', instance: '/work' });
  });
});
