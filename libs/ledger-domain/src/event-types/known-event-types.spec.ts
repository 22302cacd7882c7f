import { KNOWN_EVENT_TYPES } from './known-event-types.js';
import { LEDGER_EVENT_TYPES } from './ledger-event-types.js';

/** The type strings are part of the wire contract: this locks every one of them and what it fixes. */
describe('the known event types', () => {
  it('are exactly these, with these resource types, actions and results', () => {
    const summary = Object.fromEntries(
      Object.entries(KNOWN_EVENT_TYPES).map(([type, t]) => [type, `${t.resourceType} ${t.action} ${t.results.join('|')} ctx:${t.requiredContext.join('+')}`]),
    );
    expect(summary).toEqual({
      TRANSACTION_VALIDATED: 'transaction VALIDATE ALLOW|DENY|REVIEW ctx:request+response',
      RULE_CREATED: 'rule CREATE SUCCESS|FAILED ctx:after',
      RULE_UPDATED: 'rule UPDATE SUCCESS|FAILED ctx:before+after',
      RULE_ACTIVATED: 'rule ACTIVATE SUCCESS|FAILED ctx:',
      RULE_DEACTIVATED: 'rule DEACTIVATE SUCCESS|FAILED ctx:',
      RULE_DRAFTED: 'rule DRAFT SUCCESS|FAILED ctx:after',
      RULE_DELETED: 'rule DELETE SUCCESS|FAILED ctx:before',
      LIMIT_CREATED: 'limit CREATE SUCCESS|FAILED ctx:after',
      LIMIT_UPDATED: 'limit UPDATE SUCCESS|FAILED ctx:before+after',
      LIMIT_ACTIVATED: 'limit ACTIVATE SUCCESS|FAILED ctx:',
      LIMIT_DEACTIVATED: 'limit DEACTIVATE SUCCESS|FAILED ctx:',
      LIMIT_DRAFTED: 'limit DRAFT SUCCESS|FAILED ctx:after',
      LIMIT_DELETED: 'limit DELETE SUCCESS|FAILED ctx:before',
    });
  });

  it('beside the types only the ledger writes, exactly these', () => {
    const summary = Object.fromEntries(
      Object.entries(LEDGER_EVENT_TYPES).map(([type, t]) => [type, `${t.resourceType} ${t.action} ${t.results.join('|')} ctx:${t.requiredContext.join('+')}`]),
    );
    expect(summary).toEqual({ LEDGER_GAP_ACKNOWLEDGED: 'ledger ACKNOWLEDGE_GAP ACKNOWLEDGED ctx:gap' });
  });
});
