import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsString, ValidateNested } from 'class-validator';
import { startPlatformTestApp, TEST_KEYS, type PlatformTestApp } from './testing/platform-test-app.js';
import type { TestResponse } from './testing/http-client.js';

class ActorBody {
  @IsString() id: string;
  @IsIn(['user', 'service']) actorType: string;
}
class EventBody {
  @IsString() eventType: string;
  @ValidateNested() @Type(() => ActorBody) actor: ActorBody;
}

@Controller('things')
class ThingsHttpController {
  @Post()
  @HttpCode(201)
  create(@Body() body: EventBody) {
    return { received: body.eventType, isDto: body instanceof EventBody };
  }
}

const event = { eventType: 'RULE_CREATED', actor: { id: 'u-1', actorType: 'user' } };

const expectProblem = (response: TestResponse, status: number, code: string) => {
  expect({ status: response.status, body: response.json }).toMatchObject({ status, body: { status, code, type: `urn:audit-ledger:problem:${code}` } });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.json.requestId).toBe(response.headers.get('x-request-id'));
};

describe('the HTTP platform (configureLedgerApp on a real Fastify)', () => {
  let test: PlatformTestApp;
  beforeAll(async () => {
    test = await startPlatformTestApp({ controllers: [ThingsHttpController] }, { bodyLimitBytes: 2048 });
  });
  afterAll(() => test.close());

  const post = (body: string, contentType: string | undefined = 'application/json') =>
    test.request('POST', '/things', { body, headers: { 'x-api-key': TEST_KEYS.writer, ...(contentType ? { 'content-type': contentType } : {}) } });

  it('accepts JSON, with or without a charset, and hands the handler a validated DTO instance', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const response = await post(JSON.stringify(event), type);
      expect({ type, status: response.status, body: response.json }).toEqual({ type, status: 201, body: { received: 'RULE_CREATED', isDto: true } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers 400 HTTP.INVALID_JSON for a body that is not JSON', async () => {
    expectProblem(await post('{"eventType":'), 400, 'HTTP.INVALID_JSON');
  });

  it('answers 400 for a JSON body that tries prototype poisoning', async () => {
    expectProblem(await post('{"eventType":"X","__proto__":{"polluted":true}}'), 400, 'HTTP.INVALID_JSON');
  });

  it('answers 400 HTTP.EMPTY_BODY for an empty JSON body', async () => {
    expectProblem(await post(''), 400, 'HTTP.EMPTY_BODY');
  });

  it('answers 413 for a body over the configured limit', async () => {
    expectProblem(await post(JSON.stringify({ ...event, padding: 'x'.repeat(3000) })), 413, 'HTTP.PAYLOAD_TOO_LARGE');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'])(
    'answers 415 for a %s body',
    async (type) => {
      expectProblem(await post('eventType=RULE_CREATED', type), 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it('answers 404 problem+json for an unknown route, naming the path but not the query', async () => {
    const response = await test.request('GET', '/no/such/route?token=secret');
    expectProblem(response, 404, 'HTTP.NOT_FOUND');
    expect(response.json).toMatchObject({ instance: '/no/such/route', detail: 'nothing is served at /no/such/route' });
    expect(response.text).not.toContain('secret');
  });

  it('answers 400 with field paths from the global ValidationPipe, refusing unknown and server-assigned members', async () => {
    const response = await post(JSON.stringify({ eventType: 'RULE_CREATED', sequence: 7, colour: 'blue', actor: { id: 'u-1', actorType: 'robot' } }));
    expectProblem(response, 400, 'LEDGER.REQUEST_INVALID');
    expect(response.json.errors).toEqual(
      expect.arrayContaining([
        { path: 'sequence', message: 'sequence is assigned by the ledger and must not be sent', location: 'body', value: 7 },
        { path: 'colour', message: 'colour is not a member of this request', location: 'body', value: 'blue' },
        { path: 'actor.actorType', message: expect.stringContaining('actorType must be one of'), location: 'body', value: 'robot' },
      ]),
    );
  });

  it('still requires the API key before a body is looked at', async () => {
    const response = await test.request('POST', '/things', { body: event });
    expectProblem(response, 401, 'AUTH.MISSING_API_KEY');
  });
});
