import { given, minimalEvent, MINIMAL_AFTER_IMAGES } from '../validation/testing/given-audit-event.js';

const withAfter = (type: 'RULE_CREATED' | 'RULE_UPDATED', after: Record<string, unknown>, result = 'SUCCESS') =>
  minimalEvent(type, { result, context: { ...minimalEvent(type).context, after } });
const rule = MINIMAL_AFTER_IMAGES.rule;

describe.each(['RULE_CREATED', 'RULE_UPDATED'] as const)('the after-image of a successful %s', (type) => {
  it('is accepted with name, expression and action, and with scopes and members of its own', () => {
    given(withAfter(type, rule)).whenNormalized().thenAccepts();
    given(withAfter(type, { ...rule, scopes: [], owner: 'risk', status: 'ACTIVE' })).whenNormalized().thenAccepts();
  });

  it('reports every missing attribute at once', () => {
    const violations = given(withAfter(type, {})).whenNormalized().thenRejects('context.after.name', 'context.after.name is required');
    expect(violations).toEqual([
      { path: 'context.after.name', message: 'context.after.name is required' },
      { path: 'context.after.expression', message: 'context.after.expression is required' },
      { path: 'context.after.action', message: 'context.after.action is required: one of ALLOW, DENY, REVIEW' },
    ]);
  });

  it('needs a non-empty name of at most 256 characters', () => {
    given(withAfter(type, { ...rule, name: 'n'.repeat(256) })).whenNormalized().thenAccepts();
    given(withAfter(type, { ...rule, name: 'n'.repeat(257) })).whenNormalized()
      .thenRejects('context.after.name', 'context.after.name must be at most 256 characters (it has 257)');
    given(withAfter(type, { ...rule, name: '' })).whenNormalized().thenRejects('context.after.name', 'context.after.name must not be empty');
    given(withAfter(type, { ...rule, name: 1 })).whenNormalized().thenRejects('context.after.name', 'context.after.name must be a string');
  });

  it('needs an expression string of at most 8192 characters', () => {
    given(withAfter(type, { ...rule, expression: '' })).whenNormalized().thenAccepts();
    given(withAfter(type, { ...rule, expression: 'e'.repeat(8192) })).whenNormalized().thenAccepts();
    given(withAfter(type, { ...rule, expression: 'e'.repeat(8193) })).whenNormalized().thenRejects('context.after.expression', /at most 8192 characters/);
    given(withAfter(type, { ...rule, expression: { op: '>' } })).whenNormalized().thenRejects('context.after.expression', 'context.after.expression must be a string');
  });

  it.each(['ALLOW', 'DENY', 'REVIEW'])('accepts action %s', (action) => {
    given(withAfter(type, { ...rule, action })).whenNormalized().thenAccepts();
  });

  it.each(['BLOCK', 'deny', '', 1])('refuses action %j', (action) => {
    given(withAfter(type, { ...rule, action })).whenNormalized().thenRejects('context.after.action', 'context.after.action must be one of ALLOW, DENY, REVIEW');
  });

  it.each([['a string', 'p-1'], ['an object', { portfolioId: 'p-1' }], ['null', null]])('refuses scopes that are %s', (_what, scopes) => {
    given(withAfter(type, { ...rule, scopes })).whenNormalized().thenRejects('context.after.scopes', 'context.after.scopes must be an array when present');
  });

  it('is not checked when the attempt failed', () => {
    given(withAfter(type, {}, 'FAILED')).whenNormalized().thenAccepts();
  });
});

it('the before-image of RULE_UPDATED and RULE_DELETED, and RULE_ACTIVATED, are not checked against the attributes', () => {
  given(minimalEvent('RULE_UPDATED', { context: { before: {}, after: rule } })).whenNormalized().thenAccepts();
  given(minimalEvent('RULE_DELETED', { context: { before: { anything: true } } })).whenNormalized().thenAccepts();
  given(minimalEvent('RULE_ACTIVATED', { context: { after: {} } })).whenNormalized().thenAccepts();
});
