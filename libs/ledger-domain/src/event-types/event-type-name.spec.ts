import { eventTypeNameKind, reservedNameMessage } from './event-type-name.js';
import { KNOWN_EVENT_TYPES } from './known-event-types.js';

/** Where the line between known, custom, reserved and impossible event type names lies (writes and list filters share it). */
describe('an event type name', () => {
  it.each(Object.keys(KNOWN_EVENT_TYPES))('%s is known', (name) => {
    expect(eventTypeNameKind(name)).toBe('known');
  });

  it.each(['COMPANY_DATA_UPDATED', 'USER_LOGGED_IN', 'ABC', 'RULES_EXPORTED', 'LIMITS_RESET', 'TRANSACTIONS_SETTLED', 'X'.repeat(64)])('%s is custom', (name) => {
    expect(eventTypeNameKind(name)).toBe('custom');
  });

  it.each(['RULE_CREATE', 'RULE_REVIEWED', 'LIMIT_DELETE', 'TRANSACTION_APPROVED', 'RULE_'])('%s is reserved (a known family, not a known type)', (name) => {
    expect(eventTypeNameKind(name)).toBe('reserved');
  });

  it.each(['rule_created', 'Rule_Created', 'AB', '1ABC', 'RULE-CREATED', 'RULE CREATED', 'X'.repeat(65), ''])('%j is malformed', (name) => {
    expect(eventTypeNameKind(name)).toBe('malformed');
  });

  it('is explained, when reserved, with the known types of its family', () => {
    expect(reservedNameMessage('event_type', 'LIMIT_DELETE')).toBe(
      'event_type LIMIT_DELETE is not a known event type, and LIMIT_* names are reserved for the known ones: ' +
        'LIMIT_CREATED, LIMIT_UPDATED, LIMIT_ACTIVATED, LIMIT_DEACTIVATED, LIMIT_DRAFTED, LIMIT_DELETED',
    );
  });
});
