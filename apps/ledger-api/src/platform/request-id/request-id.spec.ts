import fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { echoRequestIdHeader } from './request-id.hook.js';
import { generateRequestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SENT = '0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b';

describe('request ids', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    return { status: response.status, id: response.headers.get('x-request-id'), text: await response.text() };
  };
  beforeAll(async () => {
    app = fastify({ genReqId: generateRequestId });
    echoRequestIdHeader(app);
    app.get('/ok', async (request) => ({ id: request.id }));
    app.get('/fails', async () => {
      throw new Error('broken');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it('echoes a valid UUID sent in X-Request-Id, lower-cased, and uses it as the request id', async () => {
    const response = await get('/ok', { 'x-request-id': SENT.toUpperCase() });
    expect(response.id).toBe(SENT);
    expect(JSON.parse(response.text)).toEqual({ id: SENT });
  });

  it.each([
    ['absent', undefined],
    ['not a UUID', 'my-request-1'],
    ['a UUID with trailing text', `${SENT} forged log line`],
    ['too short', SENT.slice(0, 35)],
  ])('generates a fresh random UUID when the sent id is %s', async (_, sent) => {
    const response = await get('/ok', sent === undefined ? {} : { 'x-request-id': sent });
    expect(response.id).toMatch(UUID);
    expect(JSON.parse(response.text)).toEqual({ id: response.id });
  });

  it('gives every request its own id', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await get('/ok')).id));
    expect(new Set(ids).size).toBe(3);
  });

  it('puts the id on error responses and on 404s too', async () => {
    const failed = await get('/fails', { 'x-request-id': SENT });
    expect([failed.status, failed.id]).toEqual([500, SENT]);
    const missing = await get('/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.id).toMatch(UUID);
  });
});
