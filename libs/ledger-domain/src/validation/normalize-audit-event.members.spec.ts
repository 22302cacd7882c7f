import { ACTOR_TYPES, SERVER_ASSIGNED_MEMBERS } from '../audit-record.js';
import { AuditEventRejectedError } from '../errors/ledger-errors.js';
import { DEFAULT_AUDIT_EVENT_LIMITS } from './audit-event-limits.js';
import { normalizeAuditEvent } from './normalize-audit-event.js';
import { customEvent, given, minimalEvent } from './testing/given-audit-event.js';

describe('the actor', () => {
  it.each(ACTOR_TYPES)('accepts actorType %s', (actorType) => {
    given(minimalEvent('RULE_ACTIVATED', { actor: { id: 'a', actorType } })).whenNormalized().thenAccepts();
  });

  it.each(['robot', 'USER', ''])('refuses actorType %j', (actorType) => {
    given(minimalEvent('RULE_ACTIVATED', { actor: { id: 'a', actorType } })).whenNormalized()
      .thenRejects('actor.actorType', 'actor.actorType must be one of user, service, api_key, system');
  });

  it('refuses a missing actor, id or actorType, and unknown actor members', () => {
    given(minimalEvent('RULE_ACTIVATED', { actor: undefined })).whenNormalized().thenRejects('actor', /actor is required/);
    given(minimalEvent('RULE_ACTIVATED', { actor: { actorType: 'user' } })).whenNormalized().thenRejects('actor.id', 'actor.id is required');
    given(minimalEvent('RULE_ACTIVATED', { actor: { id: 'a' } })).whenNormalized().thenRejects('actor.actorType', /actor.actorType is required/);
    given(minimalEvent('RULE_ACTIVATED', { actor: { id: 'a', actorType: 'user', email: 'a@x' } })).whenNormalized()
      .thenRejects('actor.email', /is not a member of actor/);
  });

  it('keeps optional actor members in a fixed order, whatever order they came in', () => {
    const actor = { ipAddress: '10.0.0.7', role: 'admin', name: 'Ana', actorType: 'user', id: 'a' };
    const draft = given(minimalEvent('RULE_ACTIVATED', { actor })).whenNormalized().thenAccepts();
    expect(Object.keys(draft.actor)).toEqual(['id', 'actorType', 'name', 'role', 'ipAddress']);
  });
});

describe('occurredAt', () => {
  it.each(['2026-11-22T10:00:00Z', '2026-11-22T10:00:00.123+01:00', '2024-02-29T23:59:59.999999999-05:30'])('accepts %s as sent', (occurredAt) => {
    expect(given(customEvent({ occurredAt })).whenNormalized().thenAccepts().occurredAt).toBe(occurredAt);
  });

  it.each(['yesterday', '2026-11-22', '2026-11-22T10:00:00', '2026-02-30T10:00:00Z', '2026-11-22T24:00:00Z', 1_700_000_000_000])('refuses %j', (occurredAt) => {
    given(customEvent({ occurredAt })).whenNormalized().thenRejects('occurredAt', /RFC 3339 date-time/);
  });
});

describe('members of the event', () => {
  it.each(SERVER_ASSIGNED_MEMBERS)('refuses the server-assigned member %s', (member) => {
    given(customEvent({ [member]: 'x' })).whenNormalized().thenRejects(member, `${member} is assigned by the ledger; do not send it`);
  });

  it.each([['a custom', customEvent], ['a rule', (o: Record<string, unknown>) => minimalEvent('RULE_UPDATED', o)]])('refuses metadata.ledgerFlags on %s event', (_what, event) => {
    given(event({ metadata: { ticket: 'OPS-1', ledgerFlags: { beforeImageMismatch: { paths: [] } } } })).whenNormalized()
      .thenRejects('metadata.ledgerFlags', 'metadata.ledgerFlags is assigned by the ledger; do not send it');
    given(event({ metadata: { ticket: 'OPS-1', flags: {} } })).whenNormalized().thenAccepts();
  });

  it('refuses unknown members, and null for optional ones', () => {
    given(customEvent({ colour: 'blue' })).whenNormalized().thenRejects('colour', 'colour is not a member of an audit event');
    given(customEvent({ description: null })).whenNormalized().thenRejects('description', 'description must not be null; leave it out instead');
    given(customEvent({ metadata: null })).whenNormalized().thenRejects('metadata', 'metadata must be a JSON object');
  });

  it.each(['resourceId', 'result'])('refuses a missing, empty or over-long %s', (member) => {
    given(customEvent({ [member]: undefined })).whenNormalized().thenRejects(member, `${member} is required`);
    given(customEvent({ [member]: '' })).whenNormalized().thenRejects(member, `${member} must not be empty`);
    given(customEvent({ [member]: 'x'.repeat(257) })).whenNormalized().thenRejects(member, /must be at most (256|32) characters/);
  });

  it('leaves optional members absent, never undefined or null, and defaults metadata to {}', () => {
    const draft = given(minimalEvent('RULE_ACTIVATED', { description: undefined })).whenNormalized().thenAccepts();
    expect(Object.keys(draft)).toEqual(['eventType', 'resourceType', 'resourceId', 'action', 'result', 'actor', 'context', 'metadata']);
    expect(Object.keys(draft.actor)).toEqual(['id', 'actorType']);
    expect(draft.metadata).toEqual({});
  });

  it('orders every member as in the record, whatever order they came in', () => {
    const input = { ...customEvent({ occurredAt: '2026-11-22T10:00:00Z', metadata: { m: 1 } }) } as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(input).reverse());
    expect(Object.keys(given(reversed).whenNormalized().thenAccepts())).toEqual([
      'eventType', 'category', 'source', 'resourceType', 'resourceId', 'action', 'result', 'description',
      'actor', 'context', 'metadata', 'occurredAt',
    ]);
  });

  it('collects every violation at once', () => {
    const violations = given({ eventType: 'RULE_CREATED', result: 'NOPE', actor: {}, context: [], hash: 'x' }).whenNormalized().thenRejects('result');
    expect(violations.map((v) => v.path)).toEqual(['resourceId', 'result', 'actor.id', 'actor.actorType', 'context', 'hash']);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'event', 42]) given(body).whenNormalized().thenRejects('$', 'an audit event must be a JSON object');
  });

  it('lists at most 100 violations, saying how many more there were', () => {
    const context = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, '\ud800']));
    try {
      normalizeAuditEvent(customEvent({ context }), DEFAULT_AUDIT_EVENT_LIMITS);
      throw new Error('accepted');
    } catch (error) {
      const { violations } = error as AuditEventRejectedError;
      expect(violations).toHaveLength(100);
      expect(violations[99]).toEqual({ path: '$', message: '51 more problems not listed' });
    }
  });
});
