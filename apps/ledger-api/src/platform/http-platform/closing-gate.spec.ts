import fastify, { type FastifyInstance } from 'fastify';
import { Agent, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
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

describe('closing the server behind the gate', () => {
  let app: FastifyInstance;
  let beginClosing: () => void;
  let url: string;
  beforeEach(async () => {
    app = fastify();
    beginClosing = installClosingGate(app, 100);
    app.post('/work', async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/work`;
  });

  it('answers every request of 32 keep-alive clients that keep sending while it closes: no reset, new connections refused', async () => {
    const outcomes = { done: 0, refused503: 0, connectionRefused: 0, resets: [] as string[] };
    let sent = 0;
    let closed: Promise<void> | undefined;
    const client = async () => {
      for (;;) {
        try {
          const response = await fetch(url, { method: 'POST' });
          await response.text();
          if (response.status === 200) outcomes.done++;
          else if (response.status === 503 && response.headers.get('connection') === 'close') outcomes.refused503++;
          else outcomes.resets.push(`unexpected ${response.status}`);
        } catch (error) {
          const cause = (error as { cause?: { code?: string; syscall?: string; message?: string } }).cause;
          if (cause?.code === 'ECONNREFUSED' || cause?.syscall === 'connect') {
            outcomes.connectionRefused++;
            return;
          }
          outcomes.resets.push(`${cause?.code} ${cause?.message}`);
        }
        if (++sent === 500) {
          beginClosing();
          closed = app.close();
        }
      }
    };
    await Promise.all(Array.from({ length: 32 }, client));
    await closed;
    expect(outcomes).toMatchObject({ resets: [], connectionRefused: 32 });
    expect(outcomes.done).toBeGreaterThanOrEqual(500);
    expect(outcomes.refused503).toBeGreaterThan(0);
  }, 30_000);

  it('ends a keep-alive connection left idle with a FIN once the server has been quiet for the grace period', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const socketEvents: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', agent }, (response) => {
        response.resume();
        response.once('end', resolve);
      });
      request.once('socket', (socket) => {
        socket.once('end', () => socketEvents.push('end'));
        socket.once('error', (error) => socketEvents.push(`error ${error.message}`));
      });
      request.once('error', reject);
      request.end();
    });
    const started = Date.now();
    beginClosing();
    await app.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(socketEvents).toEqual(['end']);
    // The listener is gone: no new connection is accepted.
    const refused = await new Promise<string>((resolve) => connect(Number(new URL(url).port), '127.0.0.1').once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? '')));
    expect(refused).toBe('ECONNREFUSED');
    agent.destroy();
  });

  it('closes at once when no connection is open', async () => {
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(90);
  });
});
