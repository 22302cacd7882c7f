import { given } from './testing/given-audit-event.js';

describe('an event type only the ledger writes', () => {
  it('is refused from a client, even shaped as a valid custom event: gap acknowledgements cannot be forged', () => {
    const forged = {
      eventType: 'LEDGER_GAP_ACKNOWLEDGED',
      category: 'LEDGER',
      source: 'ops',
      resourceType: 'ledger',
      resourceId: 'default',
      action: 'ACKNOWLEDGE_GAP',
      result: 'ACKNOWLEDGED',
      actor: { id: 'mallory', actorType: 'user' },
      context: { gap: { fromSequence: 1, toSequence: 9 } },
    };
    given(forged).whenNormalized().thenRejects('eventType', 'LEDGER_GAP_ACKNOWLEDGED is written only by the ledger itself (npm run ledger -- recover), never sent');
  });
});
