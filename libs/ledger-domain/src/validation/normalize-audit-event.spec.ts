import { AuditEventRejectedError } from '../errors/ledger-errors.js';
import { KNOWN_EVENT_TYPES, type KnownEventTypeName } from '../event-types/known-event-types.js';
import { DEFAULT_AUDIT_EVENT_LIMITS, type AuditEventInput } from './audit-event-input.js';
import { normalizeAuditEvent } from './normalize-audit-event.js';

const actor = { id: 'ana', actorType: 'user' as const };
const contextFor = (type: KnownEventTypeName) =>
  Object.fromEntries(KNOWN_EVENT_TYPES[type].requiredContext.map((member) => [member, { v: 1 }]));
const minimal = (type: KnownEventTypeName, overrides: Partial<AuditEventInput> = {}): AuditEventInput => ({
  eventType: type,
  resourceId: 'r-1',
  result: KNOWN_EVENT_TYPES[type].results[0]!,
  actor,
  context: contextFor(type),
  ...overrides,
});

/** given an event, when it is normalized, then … */
function given(input: unknown) {
  const run = () => normalizeAuditEvent(input as AuditEventInput, DEFAULT_AUDIT_EVENT_LIMITS);
  return {
    accepts: () => run(),
    rejects: (path: string, message?: RegExp) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(AuditEventRejectedError);
        const violation = (error as AuditEventRejectedError).violations.find((v) => v.path === path);
        expect({ path, found: violation !== undefined, all: (error as AuditEventRejectedError).violations }).toMatchObject({ path, found: true });
        if (message) expect(violation!.message).toMatch(message);
        return;
      }
      throw new Error(`expected a violation at ${path}`);
    },
  };
}

describe('known event types', () => {
  const types = Object.keys(KNOWN_EVENT_TYPES) as KnownEventTypeName[];

  it.each(types)('%s: a minimal event is accepted and gets its resourceType and action', (type) => {
    const draft = given(minimal(type)).accepts();
    expect(draft).toMatchObject({ resourceType: KNOWN_EVENT_TYPES[type].resourceType, action: KNOWN_EVENT_TYPES[type].action, metadata: {} });
  });

  it.each(types)('%s: a contradicting action is refused', (type) => {
    given(minimal(type, { action: 'SOMETHING_ELSE' })).rejects('action', new RegExp(`${type} has action`));
  });

  it.each(types)('%s: a contradicting resourceType is refused', (type) => {
    given(minimal(type, { resourceType: 'company' })).rejects('resourceType');
  });

  it.each(types)('%s: a result outside its set is refused', (type) => {
    given(minimal(type, { result: 'MAYBE' })).rejects('result', /must be one of/);
  });

  it.each(types.flatMap((type) => KNOWN_EVENT_TYPES[type].requiredContext.map((member) => [type, member] as const)))(
    '%s without context.%s is refused',
    (type, member) => {
      const context = contextFor(type);
      delete context[member];
      given(minimal(type, { context })).rejects(`context.${member}`, /is required/);
    },
  );

  it('accepts the same resourceType and action when the client sends them', () => {
    expect(given(minimal('RULE_CREATED', { resourceType: 'rule', action: 'CREATE' })).accepts().action).toBe('CREATE');
  });
});

describe('custom (Drata-style) event types', () => {
  const custom = {
    eventType: 'COMPANY_DATA_UPDATED',
    category: 'COMPANY',
    source: 'APP',
    resourceType: 'company',
    resourceId: 'c-1',
    action: 'UPDATE',
    result: 'completed',
    description: 'Address changed',
    actor,
    context: {},
  };

  it('is accepted with category and source, result free text', () => {
    expect(given(custom).accepts()).toMatchObject({ category: 'COMPANY', source: 'APP', result: 'completed' });
  });

  it.each(['category', 'source', 'resourceType', 'action'])('is refused without %s', (member) => {
    given({ ...custom, [member]: undefined }).rejects(member, /required for custom event type/);
  });

  it('refuses a result over 32 characters and a malformed type', () => {
    given({ ...custom, result: 'x'.repeat(33) }).rejects('result', /at most 32/);
    given({ ...custom, eventType: 'lower_case' }).rejects('eventType');
    given({ ...custom, eventType: 'AB' }).rejects('eventType');
  });
});

describe('every event', () => {
  it('refuses an unknown actorType and unknown actor members', () => {
    given(minimal('RULE_ACTIVATED', { actor: { id: 'a', actorType: 'robot' as never } })).rejects('actor.actorType');
    given(minimal('RULE_ACTIVATED', { actor: { ...actor, email: 'x' } as never })).rejects('actor.email');
  });

  it('refuses context nested deeper than the limit, naming the limit', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 40; i++) deep = { d: deep };
    given(minimal('RULE_ACTIVATED', { context: deep as never })).rejects('context.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d', /deeper than 16/);
  });

  it('refuses a record over the size limit, naming the limit', () => {
    const big = { blob: 'x'.repeat(60_000) };
    given(minimal('RULE_ACTIVATED', { metadata: { a: big, b: big, c: big, d: big, e: big } })).rejects('$', /limit is 262144 bytes/);
  });

  it('refuses lone surrogates anywhere (they cannot be hashed)', () => {
    given(minimal('RULE_ACTIVATED', { description: 'bad \ud800' })).rejects('description', /surrogate/);
    given(minimal('RULE_ACTIVATED', { context: { note: 'x\udc00' } })).rejects('context.note', /surrogate/);
  });

  it('refuses a malformed occurredAt', () => {
    given(minimal('RULE_ACTIVATED', { occurredAt: 'yesterday' })).rejects('occurredAt');
  });

  it('leaves optional members absent, never undefined or null', () => {
    const draft = given(minimal('RULE_ACTIVATED')).accepts();
    for (const member of ['category', 'source', 'description', 'occurredAt']) expect(Object.hasOwn(draft, member)).toBe(false);
    expect(Object.keys(draft.actor)).toEqual(['id', 'actorType']);
  });

  it('collects every violation at once', () => {
    try {
      normalizeAuditEvent({ eventType: 'RULE_CREATED', result: 'NOPE', actor: {}, context: [] } as never, DEFAULT_AUDIT_EVENT_LIMITS);
      throw new Error('accepted');
    } catch (error) {
      const paths = (error as AuditEventRejectedError).violations.map((v) => v.path);
      expect(paths).toEqual(expect.arrayContaining(['resourceId', 'result', 'actor.id', 'actor.actorType', 'context']));
    }
  });
});
