import { locateViolation, MAX_ECHOED_CHARACTERS, type RequestParts } from './locate-violation.js';

const get = (query: Record<string, unknown>, params: Record<string, unknown> = {}): RequestParts => ({ method: 'GET', headers: {}, params, query });
const post = (body: unknown, headers: Record<string, unknown> = {}): RequestParts => ({ method: 'POST', headers, params: {}, query: {}, body });
const at = (path: string, request: RequestParts) => locateViolation({ path, message: 'm' }, request);

describe('locating a violation in the request (errors[] location and value)', () => {
  it('finds query parameters, with the value as sent', () => {
    expect(at('sort_order', get({ sort_order: 'UP' }))).toEqual({ path: 'sort_order', message: 'm', location: 'query', value: 'UP' });
    expect(at('limit', get({ limit: ['1', '2'] }))).toEqual({ path: 'limit', message: 'm', location: 'query', value: ['1', '2'] });
  });

  it('finds path parameters', () => {
    expect(at('eventId', get({}, { eventId: 'not-a-uuid' }))).toEqual({ path: 'eventId', message: 'm', location: 'path', value: 'not-a-uuid' });
  });

  it('finds body members at any depth, and leaves the value out where nothing was sent', () => {
    const body = { events: [{ actor: { id: 'ana' } }, { actor: { actorType: 'robot' } }] };
    expect(at('events[1].actor.actorType', post(body))).toEqual({ path: 'events[1].actor.actorType', message: 'm', location: 'body', value: 'robot' });
    expect(at('events[0].actor.actorType', post(body))).toEqual({ path: 'events[0].actor.actorType', message: 'm', location: 'body' });
    expect(at('$', post('text'))).toEqual({ path: '$', message: 'm', location: 'body', value: 'text' });
    expect(at('eventType', post(undefined))).toEqual({ path: 'eventType', message: 'm', location: 'body' });
  });

  it('says a query parameter that was not sent is in the query of a GET', () => {
    expect(at('start_date', get({}))).toEqual({ path: 'start_date', message: 'm', location: 'query' });
  });

  it('finds headers, but never echoes a credential', () => {
    expect(at('Idempotency-Key', post({}, { 'idempotency-key': 'k'.repeat(300) })).location).toBe('header');
    expect(at('X-API-Key', post({}, { 'x-api-key': 'ldk_secret' }))).toEqual({ path: 'X-API-Key', message: 'm', location: 'header' });
    expect(at('Authorization', post({}, { authorization: 'Bearer ldk_secret' }))).toEqual({ path: 'Authorization', message: 'm', location: 'header' });
  });

  it('never echoes a body member named like a secret, at any depth', () => {
    const body = { metadata: { apiToken: 'tok', nested: { password: 'pw' }, api_key: 'k' } };
    for (const path of ['metadata.apiToken', 'metadata.nested.password', 'metadata.api_key']) {
      expect(at(path, post(body))).toEqual({ path, message: 'm', location: 'body' });
    }
  });

  it('cuts long strings and describes large objects and arrays instead of echoing them', () => {
    const long = 'x'.repeat(MAX_ECHOED_CHARACTERS + 1);
    expect(at('resourceId', post({ resourceId: long })).value).toBe(`${'x'.repeat(MAX_ECHOED_CHARACTERS)}… (${long.length} characters)`);
    expect(at('resourceId', post({ resourceId: 'x'.repeat(MAX_ECHOED_CHARACTERS) })).value).toBe('x'.repeat(MAX_ECHOED_CHARACTERS));
    expect(at('context', post({ context: { big: long } })).value).toBe('(an object of 1 member)');
    expect(at('events', post({ events: Array.from({ length: 2000 }, () => ({})) })).value).toBe('(an array of 2000 items)');
    expect(at('context', post({ context: { small: [1, 2] } })).value).toEqual({ small: [1, 2] });
  });
});
