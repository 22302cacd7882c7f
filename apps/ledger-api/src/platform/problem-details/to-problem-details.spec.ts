import { BadRequestException, MethodNotAllowedException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { AuditEventRejectedError, IdempotencyKeyReusedError, MissingScopeError } from '#ledger-domain';
import { EventStoreDiskFullError, EventStoreUnavailableError } from '#event-store';
import { toProblemDetails } from './to-problem-details.js';

const answer = (error: unknown) => toProblemDetails(error, '/v1/audit-events', 'req-1');

describe('turning errors into problem details (RFC 9457)', () => {
  it('maps domain errors by kind, with their code and field violations', () => {
    const invalid = answer(new AuditEventRejectedError([{ path: 'actor.actorType', message: 'bad' }]));
    expect(invalid.problem).toMatchObject({
      type: 'urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_INVALID',
      status: 400,
      code: 'LEDGER.AUDIT_EVENT_INVALID',
      instance: '/v1/audit-events',
      requestId: 'req-1',
      errors: [{ path: 'actor.actorType', message: 'bad' }],
    });
    expect(answer(new IdempotencyKeyReusedError()).problem.status).toBe(409);
    expect(answer(new MissingScopeError(['audit:write'])).problem.status).toBe(403);
  });

  it('answers 503 with Retry-After when the store is unavailable', () => {
    const unavailable = answer(new EventStoreUnavailableError('database is locked at /data/events.db'));
    expect(unavailable.problem.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBeDefined();
    expect(JSON.stringify(unavailable.problem)).not.toContain('/data/events.db');
  });

  it('answers 503 STORE.DISK_FULL when the disk is full, saying so rather than "cannot be reached"', () => {
    const full = answer(new EventStoreDiskFullError('the disk holding the event log is full', { cause: new Error('SQLITE_FULL /data/events.db') }));
    expect(full.problem).toMatchObject({ status: 503, code: 'STORE.DISK_FULL', detail: expect.stringContaining('disk holding the event log is full') });
    expect(full.problem.detail).not.toMatch(/reached/);
    expect(full.headers['retry-after']).toBeDefined();
    expect(JSON.stringify(full.problem)).not.toMatch(/SQLITE|\/data/);
  });

  it('maps the HTTP layer’s own errors to precise codes', () => {
    expect(answer(new NotFoundException('Cannot GET /x')).problem).toMatchObject({ status: 404, code: 'HTTP.NOT_FOUND' });
    expect(answer(new PayloadTooLargeException()).problem).toMatchObject({ status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE' });
    expect(answer(new BadRequestException("Body is not valid JSON but content-type is set to 'application/json'")).problem.code).toBe('HTTP.INVALID_JSON');
    expect(answer(new MethodNotAllowedException('handler X in /srv/app.js')).problem).toMatchObject({ status: 405, code: 'HTTP.METHOD_NOT_ALLOWED' });
    expect(JSON.stringify(answer(new MethodNotAllowedException('handler X in /srv/app.js')).problem)).not.toContain('/srv');
  });

  it('uses the request path, without its query, as the instance', () => {
    const { problem } = toProblemDetails(new NotFoundException(), '/v1/audit-events?cursor=abc&api_key=x', 'req-2');
    expect(problem).toMatchObject({ instance: '/v1/audit-events', requestId: 'req-2' });
    expect(JSON.stringify(problem)).not.toContain('cursor');
  });

  it('never leaks an unexpected error’s message, SQL or file path, and flags it for the log', () => {
    const failure = answer(new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path/events.db'));
    expect(failure.unexpected).toBe(true);
    expect(failure.problem).toMatchObject({ status: 500, code: 'HTTP.INTERNAL' });
    expect(JSON.stringify(failure.problem)).not.toMatch(/SQLITE|secret|events\.db|malformed/);
    expect(failure.problem.detail).toContain('req-1');
  });
});
