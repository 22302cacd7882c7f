import { customEvent, given, minimalEvent } from './testing/given-audit-event.js';

describe('a custom (Drata-style) event type', () => {
  it('is accepted with category, source, resourceType and action, its result free text', () => {
    const draft = given(customEvent()).whenNormalized().thenAccepts();
    expect(draft).toEqual({
      eventType: 'COMPANY_DATA_UPDATED', category: 'COMPANY', source: 'APP', resourceType: 'company', resourceId: 'c-1',
      action: 'UPDATE', result: 'completed', description: 'Address changed', actor: { id: 'ana', actorType: 'user' },
      context: {}, metadata: {},
    });
  });

  it.each(['category', 'source', 'resourceType', 'action'])('is refused without %s', (member) => {
    given(customEvent({ [member]: undefined })).whenNormalized()
      .thenRejects(member, `${member} is required for custom event type COMPANY_DATA_UPDATED`);
  });

  it('reports every missing member at once', () => {
    const { category: _c, source: _s, resourceType: _r, action: _a, ...bare } = customEvent();
    const violations = given(bare).whenNormalized().thenRejects('category');
    expect(violations.map((v) => v.path)).toEqual(['category', 'source', 'resourceType', 'action']);
  });

  it.each(['ABC', 'A2_', `A${'B'.repeat(63)}`, 'X_1_Y'])('accepts the type name %s', (eventType) => {
    expect(given(customEvent({ eventType })).whenNormalized().thenAccepts().eventType).toBe(eventType);
  });

  it.each(['AB', `A${'B'.repeat(64)}`, 'lower_case', 'Mixed_Case', '1ABC', '_ABC', 'A-B-C', 'A B C', ''])('refuses the type name %j', (eventType) => {
    given(customEvent({ eventType })).whenNormalized()
      .thenRejects('eventType', 'eventType must be upper snake case, 3 to 64 characters: ^[A-Z][A-Z0-9_]{2,63}$');
  });

  it.each(['RULE_REVIEWED', 'LIMIT_RESET', 'TRANSACTION_SETTLED'])('refuses %s: the known types\' namespaces are reserved', (eventType) => {
    given(customEvent({ eventType })).whenNormalized().thenRejects('eventType', new RegExp(`^eventType ${eventType} is not a known event type, and [A-Z]+_\\* names are reserved`));
  });

  it('accepts a 32-character result and refuses a 33-character one', () => {
    given(customEvent({ result: 'r'.repeat(32) })).whenNormalized().thenAccepts();
    given(customEvent({ result: 'r'.repeat(33) })).whenNormalized().thenRejects('result', 'result must be at most 32 characters (it has 33)');
  });

  it('bounds resourceType and action', () => {
    given(customEvent({ resourceType: 't'.repeat(65) })).whenNormalized().thenRejects('resourceType', /at most 64 characters/);
    given(customEvent({ action: 'A'.repeat(65) })).whenNormalized().thenRejects('action', /at most 64 characters/);
  });

  it('cannot borrow the name of a known type to escape its rules', () => {
    given(customEvent({ eventType: 'RULE_CREATED', context: { after: {} } })).whenNormalized().thenRejects('resourceType', 'resourceType of RULE_CREATED is rule, not company');
  });

  it('a known type may also carry category and source', () => {
    const draft = given(minimalEvent('RULE_DELETED', { category: 'RISK', source: 'RULE_ENGINE' })).whenNormalized().thenAccepts();
    expect(Object.keys(draft).slice(0, 4)).toEqual(['eventType', 'category', 'source', 'resourceType']);
  });
});
