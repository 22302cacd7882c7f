import { Controller, ForbiddenException, Get, Param } from '@nestjs/common';
import {
  AuditEventNotFoundError,
  IdempotencyKeyReusedError,
  InvalidQueryError,
  LedgerContentionError,
  MissingApiKeyError,
  MissingScopeError,
} from '#ledger-domain';
import { EventStoreUnavailableError } from '#event-store';
import { Public } from '../auth/index.js';
import { startPlatformTestApp, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';

const THROWN: Record<string, () => unknown> = {
  invalid: () => new InvalidQueryError([{ path: 'limit', message: 'limit must be 1..1000' }]),
  unauthenticated: () => new MissingApiKeyError(),
  forbidden: () => new MissingScopeError(['audit:write']),
  'not-found': () => new AuditEventNotFoundError('0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b'),
  conflict: () => new IdempotencyKeyReusedError(),
  unavailable: () => new LedgerContentionError(),
  'store-down': () => new EventStoreUnavailableError('SQLITE_BUSY: database is locked at /var/lib/ledger/events.db'),
  'nest-forbidden': () => new ForbiddenException('internal policy 42 in /srv/policies.json'),
  corrupt: () => new Error('SQLITE_CORRUPT: /secret/path'),
  'not-an-error': () => ({ sql: 'SELECT * FROM events' }),
};

@Public()
@Controller('fail')
class FailingHttpController {
  @Get(':what')
  fail(@Param('what') what: string): never {
    throw THROWN[what]!();
  }
}

describe('ProblemDetailsFilter (every error as problem+json over real HTTP)', () => {
  let test: PlatformTestApp;
  beforeAll(async () => {
    test = await startPlatformTestApp({ controllers: [FailingHttpController] });
  });
  afterAll(() => test.close());

  const fail = (what: string) => test.request('GET', `/fail/${what}?q=1`);

  it.each([
    ['invalid', 400, 'LEDGER.INVALID_QUERY'],
    ['unauthenticated', 401, 'AUTH.MISSING_API_KEY'],
    ['forbidden', 403, 'AUTH.MISSING_SCOPE'],
    ['not-found', 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND'],
    ['conflict', 409, 'LEDGER.IDEMPOTENCY_KEY_REUSED'],
    ['unavailable', 503, 'LEDGER.CONTENTION'],
  ])('answers a domain error of kind %s with %i and its code', async (what, status, code) => {
    const response = await fail(what);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(response.json).toEqual({
      type: `urn:audit-ledger:problem:${code}`,
      title: expect.any(String),
      status,
      detail: expect.any(String),
      instance: `/fail/${what}`,
      code,
      requestId: response.headers.get('x-request-id'),
      ...(what === 'invalid' ? { errors: [{ path: 'limit', message: 'limit must be 1..1000', location: 'query' }] } : {}),
    });
  });

  it('tells a 401 how to authenticate, and a 503 when to retry', async () => {
    expect((await fail('unauthenticated')).headers.get('www-authenticate')).toBe('ApiKey header="X-API-Key", Bearer realm="audit-ledger"');
    expect((await fail('unavailable')).headers.get('retry-after')).toBe('1');
  });

  it('answers 503 STORE.UNAVAILABLE with Retry-After when the event store is down, without the driver message', async () => {
    const response = await fail('store-down');
    expect(response.status).toBe(503);
    expect(response.json.code).toBe('STORE.UNAVAILABLE');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.text).not.toMatch(/SQLITE|locked|\/var\/lib/);
  });

  it('maps a Nest HTTP exception by status, without its (possibly internal) message', async () => {
    const response = await fail('nest-forbidden');
    expect(response.status).toBe(403);
    expect(response.json.code).toBe('HTTP.FORBIDDEN');
    expect(response.text).not.toMatch(/policy|\/srv/);
  });

  it.each(['corrupt', 'not-an-error'])('answers anything unexpected (%s) with a generic 500 and logs it with the request id', async (what) => {
    const response = await fail(what);
    expect(response.status).toBe(500);
    expect(response.json).toMatchObject({ code: 'HTTP.INTERNAL', title: 'Internal error' });
    expect(response.text).not.toMatch(/SQLITE|secret|SELECT|stack|\s{4}at /);
    const requestId = response.headers.get('x-request-id');
    const logged = test.logLines().find((line) => line['requestId'] === requestId && line['msg'] === 'unexpected error');
    expect(logged).toMatchObject({ level: 50, err: expect.anything() });
    if (what === 'corrupt') expect(JSON.stringify(logged)).toContain('SQLITE_CORRUPT: /secret/path');
  });
});
