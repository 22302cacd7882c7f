import { BatchRejectedError } from '../errors/ledger-errors.js';
import type { AuditEventInput } from './audit-event-input.js';
import { DEFAULT_AUDIT_EVENT_LIMITS } from './audit-event-limits.js';
import { normalizeAuditEventBatch } from './normalize-audit-event-batch.js';
import { customEvent, minimalEvent } from './testing/given-audit-event.js';

function whenBatchNormalized(inputs: unknown[]) {
  try {
    return { drafts: normalizeAuditEventBatch(inputs as AuditEventInput[], DEFAULT_AUDIT_EVENT_LIMITS), error: undefined };
  } catch (error) {
    if (!(error instanceof BatchRejectedError)) throw error;
    return { drafts: undefined, error };
  }
}

describe('a batch of events', () => {
  it('when every event is good, returns the drafts in order', () => {
    const { drafts } = whenBatchNormalized([minimalEvent('RULE_CREATED'), customEvent(), minimalEvent('TRANSACTION_VALIDATED')]);
    expect(drafts?.map((d) => d.eventType)).toEqual(['RULE_CREATED', 'COMPANY_DATA_UPDATED', 'TRANSACTION_VALIDATED']);
    expect(drafts?.[0]?.action).toBe('CREATE');
  });

  it('when some events are bad, refuses the batch naming the index and field of every problem', () => {
    const { error } = whenBatchNormalized([
      minimalEvent('RULE_CREATED'),
      minimalEvent('RULE_UPDATED', { context: { after: minimalEvent('RULE_UPDATED').context['after'] } }),
      minimalEvent('RULE_CREATED'),
      minimalEvent('RULE_CREATED', { actor: { id: 'a', actorType: 'robot' } }),
      'not an event',
    ]);
    expect(error).toMatchObject({ code: 'LEDGER.BATCH_INVALID', kind: 'invalid' });
    expect(error?.violations).toEqual([
      { path: 'events[1].context.before', message: 'context.before is required for RULE_UPDATED' },
      { path: 'events[3].actor.actorType', message: 'actor.actorType must be one of user, service, api_key, system' },
      { path: 'events[4]', message: 'an audit event must be a JSON object' },
    ]);
  });

  it('when an event has many problems, lists ten of them so that every bad event is named', () => {
    const context = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, '\ud800']));
    const { error } = whenBatchNormalized([customEvent({ context }), customEvent({ result: '' })]);
    expect(error?.violations).toHaveLength(11);
    expect(error?.violations[9]).toEqual({ path: 'events[0]', message: '21 more problems not listed' });
    expect(error?.violations[10]?.path).toBe('events[1].result');
  });

  it.each([[[]], [undefined]])('refuses %j as the events', (events) => {
    expect(whenBatchNormalized(events as unknown[]).error?.violations).toEqual([{ path: 'events', message: 'events must be a non-empty array of audit events' }]);
  });
});
