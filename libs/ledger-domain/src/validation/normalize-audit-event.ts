import { SERVER_ASSIGNED_MEMBERS, type AuditEventDraft } from '../audit-record.js';
import { AuditEventRejectedError } from '../errors/ledger-errors.js';
import type { Violation } from '../errors/violation.js';
import { checkLifecycleAfterImage } from '../lifecycle/after-image-rules.js';
import { LEDGER_FLAGS_MEMBER } from '../lifecycle/ledger-flags.js';
import { AUDIT_EVENT_INPUT_MEMBERS, type AuditEventInput } from './audit-event-input.js';
import { TEXT_MEMBER_MAX_LENGTHS, type AuditEventLimits } from './audit-event-limits.js';
import { applyEventTypeRules, readEventType } from './event-type-rules.js';
import { formatJsonPath } from './json-path.js';
import { isPlainObject, readJsonObject } from './json-shape.js';
import { normalizeActor } from './normalize-actor.js';
import { checkRecordSize } from './record-size.js';
import { isRfc3339DateTime } from './rfc3339-date-time.js';
import { readTextMember } from './text-member.js';

type TextMember = 'category' | 'source' | 'resourceType' | 'resourceId' | 'action' | 'result' | 'description';
const INPUT_MEMBERS: ReadonlySet<string> = new Set(AUDIT_EVENT_INPUT_MEMBERS);
const SERVER_MEMBERS: ReadonlySet<string> = new Set(SERVER_ASSIGNED_MEMBERS);

/**
 * Applies the event-type rules and bounds to one client event and returns the draft the ledger
 * seals. Known types get resourceType and action filled in (a different value is refused) and
 * their result and context checked; custom types need category, source, resourceType and action.
 * Checks actor, occurredAt (RFC 3339), context/metadata depth, entries, strings, lone surrogates
 * anywhere, and the size of the whole draft. The after-image of a successful rule or limit
 * CREATE/UPDATE must hold that resource's attributes; `metadata.ledgerFlags` is the ledger's own.
 * Does not trust earlier (HTTP) validation.
 * The draft's members are in record order; optional members are absent when not given (never
 * undefined or null); metadata defaults to `{}`. Context and metadata are the input's objects.
 * @throws AuditEventRejectedError listing every violation found (up to 100), each with its path.
 */
export function normalizeAuditEvent(input: AuditEventInput, limits: AuditEventLimits): AuditEventDraft {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AuditEventRejectedError([{ path: '$', message: 'an audit event must be a JSON object' }]);
  }
  const raw = input as unknown as Record<string, unknown>;
  const violations: Violation[] = [];
  const text = (member: TextMember, required = false) =>
    readTextMember(raw[member], member, { maxLength: TEXT_MEMBER_MAX_LENGTHS[member], required }, violations);

  const type = readEventType(raw['eventType'], violations);
  const category = text('category');
  const source = text('source');
  const resourceId = text('resourceId', true);
  const result = text('result', true);
  const description = text('description');
  const typed = applyEventTypeRules(type, { resourceType: text('resourceType'), action: text('action'), result }, raw, violations);
  const actor = normalizeActor(raw['actor'], violations);
  const context = readJsonObject(raw['context'], 'context', limits, violations);
  checkLifecycleAfterImage(type?.eventType, result, context, violations);
  const metadata = raw['metadata'] === undefined ? {} : readJsonObject(raw['metadata'], 'metadata', limits, violations);
  if (isPlainObject(metadata) && Object.hasOwn(metadata, LEDGER_FLAGS_MEMBER) && metadata[LEDGER_FLAGS_MEMBER] !== undefined) {
    const path = `metadata.${LEDGER_FLAGS_MEMBER}`;
    violations.push({ path, message: `${path} is assigned by the ledger; do not send it` });
  }
  const occurredAt = raw['occurredAt'];
  if (occurredAt !== undefined && (typeof occurredAt !== 'string' || !isRfc3339DateTime(occurredAt))) {
    violations.push({ path: 'occurredAt', message: 'occurredAt must be an RFC 3339 date-time with a time offset, e.g. 2026-11-22T10:00:00.000Z' });
  }
  checkMemberNames(raw, violations);

  const draft: Record<string, unknown> = { eventType: type?.eventType };
  const put = (member: string, value: unknown) => {
    if (value !== undefined) draft[member] = value;
  };
  put('category', category);
  put('source', source);
  put('resourceType', typed.resourceType);
  put('resourceId', resourceId);
  put('action', typed.action);
  put('result', result);
  put('description', description);
  put('actor', actor);
  put('context', context);
  put('metadata', metadata);
  put('occurredAt', occurredAt);
  checkRecordSize(draft, limits.maxRecordBytes, violations);
  if (violations.length > 0) throw new AuditEventRejectedError(violations);
  return draft as unknown as AuditEventDraft;
}

/** Members the ledger assigns, and members no audit event has, are refused rather than dropped. */
function checkMemberNames(raw: Record<string, unknown>, violations: Violation[]): void {
  for (const key of Object.keys(raw)) {
    if (INPUT_MEMBERS.has(key) || raw[key] === undefined) continue;
    const path = formatJsonPath('', [key]);
    const message = SERVER_MEMBERS.has(key) ? `${key} is assigned by the ledger; do not send it` : `${path} is not a member of an audit event`;
    violations.push({ path, message });
  }
}
