import { ACTOR_TYPES, type AuditActor, type AuditEventDraft } from '../audit-record.js';
import { AuditEventRejectedError } from '../errors/ledger-errors.js';
import type { Violation } from '../errors/ledger-error.js';
import type { JsonObject } from '../json-value.js';
import { CUSTOM_EVENT_TYPE_PATTERN, CUSTOM_RESULT_MAX_LENGTH, knownEventType } from '../event-types/known-event-types.js';
import type { AuditEventInput, AuditEventLimits } from './audit-event-input.js';
import { checkJsonShape, hasLoneSurrogate, isPlainObject } from './json-shape.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** Room for the members the ledger adds (eventId, ledgerId, sequence, createdAt, hashes). */
const SERVER_MEMBERS_BYTES = 400;

type Field = { name: string; max: number; required: boolean };
const TEXT_FIELDS: Field[] = [
  { name: 'category', max: 64, required: false },
  { name: 'source', max: 128, required: false },
  { name: 'resourceType', max: 64, required: false },
  { name: 'resourceId', max: 256, required: true },
  { name: 'action', max: 64, required: false },
  { name: 'result', max: CUSTOM_RESULT_MAX_LENGTH, required: true },
  { name: 'description', max: 4096, required: false },
];

/**
 * Applies the event-type rules to one client event and returns the draft the ledger seals:
 * known types get their resourceType and action filled in (a contradiction is refused), their
 * result and context shape are checked; custom types need category, source, resourceType and
 * action. Optional members are absent (never undefined or null) in the output, in a fixed order.
 * @throws AuditEventRejectedError with every violation found, each with its field path.
 */
export function normalizeAuditEvent(input: AuditEventInput, limits: AuditEventLimits): AuditEventDraft {
  const violations: Violation[] = [];
  // The HTTP layer hands over validated DTO instances: any non-array object is accepted here.
  if (!isObject(input)) throw new AuditEventRejectedError([{ path: '$', message: 'an audit event must be a JSON object' }]);
  const source = input as unknown as Record<string, unknown>;
  const text = (name: string) => (typeof source[name] === 'string' ? (source[name] as string) : undefined);
  for (const field of TEXT_FIELDS) checkText(source[field.name], field, violations);

  const eventType = text('eventType');
  const known = eventType === undefined ? undefined : knownEventType(eventType);
  if (eventType === undefined) violations.push({ path: 'eventType', message: 'eventType is required' });
  else if (!CUSTOM_EVENT_TYPE_PATTERN.test(eventType)) {
    violations.push({ path: 'eventType', message: 'eventType must match ^[A-Z][A-Z0-9_]{2,63}$' });
  }
  const resourceType = known ? known.resourceType : text('resourceType');
  const action = known ? known.action : text('action');
  if (known) {
    for (const [name, fixed] of [['resourceType', known.resourceType], ['action', known.action]] as const) {
      const sent = text(name);
      if (sent !== undefined && sent !== fixed) {
        violations.push({ path: name, message: `${eventType} has ${name} ${fixed}, not ${sent}` });
      }
    }
    const result = text('result');
    if (result !== undefined && !known.results.includes(result)) {
      violations.push({ path: 'result', message: `result of ${eventType} must be one of ${known.results.join(', ')}` });
    }
  } else if (eventType !== undefined) {
    for (const name of ['category', 'source', 'resourceType', 'action']) {
      if (text(name) === undefined) violations.push({ path: name, message: `${name} is required for custom event type ${eventType}` });
    }
  }

  const actor = checkActor(source['actor'], violations);
  const context = source['context'];
  if (!isPlainObject(context)) violations.push({ path: 'context', message: 'context must be a JSON object' });
  else {
    for (const member of known?.requiredContext ?? []) {
      if (!isPlainObject(context[member])) {
        violations.push({ path: `context.${member}`, message: `context.${member} (an object) is required for ${eventType}` });
      }
    }
    checkJsonShape(context, 'context', limits, violations);
  }
  const metadata = source['metadata'] ?? {};
  if (!isPlainObject(metadata)) violations.push({ path: 'metadata', message: 'metadata must be a JSON object' });
  else checkJsonShape(metadata, 'metadata', limits, violations);
  const occurredAt = source['occurredAt'];
  if (occurredAt !== undefined && (typeof occurredAt !== 'string' || !RFC3339.test(occurredAt) || Number.isNaN(Date.parse(occurredAt)))) {
    violations.push({ path: 'occurredAt', message: 'occurredAt must be an RFC 3339 date-time' });
  }
  if (violations.length > 0) throw new AuditEventRejectedError(violations);

  const draft: AuditEventDraft = {
    eventType: eventType!,
    ...optional('category', text('category')),
    ...optional('source', text('source')),
    resourceType: resourceType!,
    resourceId: text('resourceId')!,
    action: action!,
    result: text('result')!,
    ...optional('description', text('description')),
    actor: actor!,
    context: context as JsonObject,
    metadata: metadata as JsonObject,
    ...optional('occurredAt', occurredAt as string | undefined),
  };
  const bytes = Buffer.byteLength(JSON.stringify(draft)) + SERVER_MEMBERS_BYTES;
  if (bytes > limits.maxRecordBytes) {
    throw new AuditEventRejectedError([
      { path: '$', message: `the record would be about ${bytes} bytes; the limit is ${limits.maxRecordBytes} bytes` },
    ]);
  }
  return draft;
}

function checkText(value: unknown, field: Field, violations: Violation[]): void {
  if (value === undefined || value === null) {
    if (field.required || value === null) violations.push({ path: field.name, message: `${field.name} is required` });
    return;
  }
  if (typeof value !== 'string' || value.length === 0) {
    violations.push({ path: field.name, message: `${field.name} must be a non-empty string` });
  } else if (value.length > field.max) {
    violations.push({ path: field.name, message: `${field.name} must be at most ${field.max} characters` });
  } else if (hasLoneSurrogate(value)) {
    violations.push({ path: field.name, message: `${field.name} contains a lone UTF-16 surrogate` });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkActor(value: unknown, violations: Violation[]): AuditActor | undefined {
  if (!isObject(value)) {
    violations.push({ path: 'actor', message: 'actor must be an object with id and actorType' });
    return undefined;
  }
  const before = violations.length;
  checkText(value['id'], { name: 'actor.id', max: 256, required: true }, violations);
  if (!ACTOR_TYPES.includes(value['actorType'] as never)) {
    violations.push({ path: 'actor.actorType', message: `actorType must be one of ${ACTOR_TYPES.join(', ')}` });
  }
  for (const [name, max] of [['name', 256], ['role', 128], ['ipAddress', 64]] as const) {
    checkText(value[name], { name: `actor.${name}`, max, required: false }, violations);
  }
  const allowed = new Set(['id', 'actorType', 'name', 'role', 'ipAddress']);
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) violations.push({ path: `actor.${key}`, message: `actor.${key} is not a member of actor` });
  }
  if (violations.length > before) return undefined;
  return {
    id: value['id'] as string,
    actorType: value['actorType'] as AuditActor['actorType'],
    ...optional('name', value['name'] as string | undefined),
    ...optional('role', value['role'] as string | undefined),
    ...optional('ipAddress', value['ipAddress'] as string | undefined),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
