import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ListAuditEventsRequestDto } from './list-audit-events.request.dto.js';

/** The messages each refused filter answers with (what a client reads in errors[].message). */
const refusal = (query: Record<string, unknown>) =>
  validateSync(plainToInstance(ListAuditEventsRequestDto, query), { forbidNonWhitelisted: true, whitelist: true, stopAtFirstError: true }).map(
    (error) => Object.values(error.constraints ?? {}).join('; '),
  );

describe('the query string of GET /v1/audit-events', () => {
  it('accepts known and custom event types, Tracer’s transaction types and both spellings of sort_by', () => {
    expect(refusal({ event_type: 'RULE_DRAFTED', transaction_type: 'CRYPTO', sort_by: 'eventType', sort_order: 'desc', cursor: '' })).toEqual([]);
    expect(refusal({ event_type: 'COMPANY_DATA_UPDATED', sort_by: 'created_at', resource_id: 'rule-7 ünïcode 😀' })).toEqual([]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ event_type: 'RULE_CREATE' }, 'event_type RULE_CREATE is not a known event type, and RULE_* names are reserved for the known ones: '],
    [{ event_type: 'company_data_updated' }, 'event_type must be an event type: upper snake case, 3 to 64 characters (^[A-Z][A-Z0-9_]{2,63}$)'],
    [{ event_type: ['RULE_CREATED', 'RULE_UPDATED'] }, 'event_type must be an event type'],
    [{ resource_id: '' }, 'resource_id must not be empty'],
    [{ actor_id: 'a'.repeat(257) }, 'actor_id must be at most 256 characters (it has 257)'],
    [{ account_id: 'acc-\uD800' }, 'account_id must be Unicode text (it holds a lone surrogate)'],
    [{ matched_rule_id: ['r-1', 'r-2'] }, 'matched_rule_id must be given once, as a string'],
    [{ transaction_type: 'pix' }, 'transaction_type must be one of CARD, WIRE, PIX, CRYPTO'],
    [{ sort_by: 'sequence' }, 'sort_by must be created_at or event_type'],
  ])('refuses %j', (query, message) => {
    expect(refusal(query)).toEqual([expect.stringContaining(message)]);
  });
});
