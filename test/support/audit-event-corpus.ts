import { customEvent, lifecycleEvent, ruleCreated, transactionValidated, transactionValidatedWith } from './audit-event-fixtures.js';

/** Nests `levels` objects: {"d":{"d":…{"d":1}}}. */
export const nested = (levels: number): unknown => (levels === 0 ? 1 : { d: nested(levels - 1) });
/** Five strings of 60,000 characters: each under the string limit, together over 256 KiB. */
export const bulky = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`part${i}`, 'x'.repeat(60_000)]));

/**
 * Events the API refuses, each with the member its answer must name: the cases of
 * test/bad-input.e2e-spec.ts (which posts each and expects 400 naming the path), shared with the
 * unit spec that requires the compiled DTO check and class-validator to give identical verdicts.
 */
export const EVENTS_WITH_BAD_MEMBERS: [what: string, body: Record<string, unknown>, path: string | RegExp][] = [
  ['a number as eventType', ruleCreated('r', { eventType: 42 }), 'eventType'],
  ['a string as actor', ruleCreated('r', { actor: 'ana' }), 'actor'],
  ['an array as context', ruleCreated('r', { context: [1] }), 'context'],
  ['a string as metadata', ruleCreated('r', { metadata: 'none' }), 'metadata'],
  ['a missing eventType', ruleCreated('r', { eventType: undefined }), 'eventType'],
  ['a missing resourceId', ruleCreated('r', { resourceId: undefined }), 'resourceId'],
  ['a missing result', ruleCreated('r', { result: undefined }), 'result'],
  ['a missing actor', ruleCreated('r', { actor: undefined }), 'actor'],
  ['a missing actor.id', ruleCreated('r', { actor: { actorType: 'user' } }), 'actor.id'],
  ['an unknown member', ruleCreated('r', { colour: 'blue' }), 'colour'],
  ['an unknown member of actor', ruleCreated('r', { actor: { id: 'a', actorType: 'user', nickname: 'x' } }), 'actor.nickname'],
  ['an unknown actorType', ruleCreated('r', { actor: { id: 'a', actorType: 'robot' } }), 'actor.actorType'],
  ['an eventType not matching the custom pattern', { ...customEvent('c'), eventType: 'company-data' }, 'eventType'],
  ['context nested 100 levels deep', ruleCreated('r', { context: { after: nested(100) } }), /^context/],
  ['RULE_CREATED with action DELETE', ruleCreated('r', { action: 'DELETE' }), 'action'],
  ['RULE_CREATED with resourceType limit', ruleCreated('r', { resourceType: 'limit' }), 'resourceType'],
  ['TRANSACTION_VALIDATED with result SUCCESS', { ...transactionValidated('tx'), result: 'SUCCESS' }, 'result'],
  ['TRANSACTION_VALIDATED without context.response', { ...transactionValidated('tx'), context: { request: {} } }, 'context.response'],
  ['RULE_CREATED without context.after', ruleCreated('r', { context: {} }), 'context.after'],
  ['RULE_UPDATED without context.before', ruleCreated('r', { eventType: 'RULE_UPDATED', context: { after: { name: 'n' } } }), 'context.before'],
  ['RULE_DELETED without context.before', ruleCreated('r', { eventType: 'RULE_DELETED', context: {} }), 'context.before'],
  ['a custom type without category', { ...customEvent('c'), category: undefined }, 'category'],
  ['a custom type without source', { ...customEvent('c'), source: undefined }, 'source'],
  ['a custom result over 32 characters', { ...customEvent('c'), result: 'r'.repeat(33) }, 'result'],
  ['a malformed occurredAt', ruleCreated('r', { occurredAt: 'yesterday' }), 'occurredAt'],
];

/** The server-assigned members a client may not send, with a well-formed value of each. */
export const SERVER_ASSIGNED_MEMBERS: Record<string, unknown> = {
  eventId: '0190a6b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b',
  ledgerId: 'acme',
  sequence: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  previousHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
};

/** Events the fixtures build for the e2e suites, and the bad-input suite's size cases. */
export const FIXTURE_EVENTS: [what: string, body: Record<string, unknown>][] = [
  ['RULE_CREATED', ruleCreated('r')],
  ['TRANSACTION_VALIDATED (ALLOW)', transactionValidated('tx')],
  ['TRANSACTION_VALIDATED (DENY)', transactionValidated('tx', 'DENY')],
  ['a custom type', customEvent('c')],
  ['a validation with a matched rule', transactionValidatedWith('tx', 'REVIEW', { accountId: 'acc-1', amount: '10.00' }, { matchedRuleIds: ['r-1'] })],
  ['LIMIT_UPDATED', lifecycleEvent('LIMIT_UPDATED', 'l', { before: { maxAmount: '1.00' }, after: { maxAmount: '2.00' } })],
  ['an occurredAt with an offset', ruleCreated('r', { occurredAt: '2026-03-01T10:00:00.5+03:00' })],
  ['a full actor', ruleCreated('r', { actor: { id: 'u-1', actorType: 'user', name: 'Ana', email: 'ana@example.com', ipAddress: '10.0.0.7' } })],
  ['a record over 256 KiB', ruleCreated('r', { metadata: bulky })],
  ['a 10,000-character resourceId', ruleCreated('r'.repeat(10_000))],
];
