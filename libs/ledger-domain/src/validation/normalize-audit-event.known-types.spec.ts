import { KNOWN_EVENT_TYPES, type KnownEventType, type KnownEventTypeName } from '../event-types/known-event-types.js';
import { ana, given, minimalEvent } from './testing/given-audit-event.js';

const TYPES = Object.keys(KNOWN_EVENT_TYPES) as KnownEventTypeName[];
const ACTIONS = ['VALIDATE', 'CREATE', 'UPDATE', 'ACTIVATE', 'DEACTIVATE', 'DELETE'];
const RESOURCE_TYPES = ['transaction', 'rule', 'limit'];
const ALL_RESULTS = ['ALLOW', 'DENY', 'REVIEW', 'SUCCESS', 'FAILED'];

describe.each(TYPES)('a %s event', (type) => {
  const rules: KnownEventType = KNOWN_EVENT_TYPES[type];

  it('is accepted in its minimal form and gets its resourceType and action, in record order', () => {
    const draft = given(minimalEvent(type)).whenNormalized().thenAccepts();
    expect(draft).toEqual({
      eventType: type, resourceType: rules.resourceType, resourceId: 'r-1', action: rules.action,
      result: rules.results[0], actor: ana, context: minimalEvent(type).context, metadata: {},
    });
    expect(Object.keys(draft)).toEqual(['eventType', 'resourceType', 'resourceId', 'action', 'result', 'actor', 'context', 'metadata']);
  });

  it('is accepted when the client sends the same resourceType and action', () => {
    given(minimalEvent(type, { resourceType: rules.resourceType, action: rules.action })).whenNormalized().thenAccepts();
  });

  it.each(rules.results)('is accepted with result %s', (result) => {
    expect(given(minimalEvent(type, { result })).whenNormalized().thenAccepts().result).toBe(result);
  });

  it.each(ACTIONS.filter((action) => action !== rules.action))('is refused with action %s', (action) => {
    given(minimalEvent(type, { action })).whenNormalized().thenRejects('action', `action of ${type} is ${rules.action}, not ${action}`);
  });

  it.each([...RESOURCE_TYPES.filter((t) => t !== rules.resourceType), 'company'])('is refused with resourceType %s', (resourceType) => {
    given(minimalEvent(type, { resourceType })).whenNormalized().thenRejects('resourceType', `resourceType of ${type} is ${rules.resourceType}, not ${resourceType}`);
  });

  it.each([...ALL_RESULTS.filter((r) => !rules.results.includes(r)), rules.results[0]!.toLowerCase(), 'MAYBE'])('is refused with result %s', (result) => {
    given(minimalEvent(type, { result })).whenNormalized().thenRejects('result', `result of ${type} must be one of ${rules.results.join(', ')}, not ${result}`);
  });

  if (rules.requiredContext.length === 0) {
    it('needs nothing in its context', () => {
      given(minimalEvent(type, { context: {} })).whenNormalized().thenAccepts();
    });
    return;
  }

  describe.each(rules.requiredContext)('without an object context.%s', (member) => {
    const withContextMember = (value: unknown) => ({ ...minimalEvent(type).context, [member]: value });

    it('is refused when the member is missing', () => {
      const context = withContextMember(undefined);
      delete context[member];
      given(minimalEvent(type, { context })).whenNormalized().thenRejects(`context.${member}`, `context.${member} is required for ${type}`);
    });

    it.each([['a string', 'x'], ['an array', [{}]], ['null', null], ['a number', 1]])('is refused when the member is %s', (_what, value) => {
      given(minimalEvent(type, { context: withContextMember(value) })).whenNormalized()
        .thenRejects(`context.${member}`, `context.${member} must be a JSON object for ${type}`);
    });
  });
});

it('RULE_UPDATED without any context reports both missing parts', () => {
  const violations = given(minimalEvent('RULE_UPDATED', { context: {} })).whenNormalized()
    .thenRejects('context.before', 'context.before is required for RULE_UPDATED');
  expect(violations).toContainEqual({ path: 'context.after', message: 'context.after is required for RULE_UPDATED' });
});
