import type { Violation } from '../errors/violation.js';
import { CUSTOM_EVENT_REQUIRED_MEMBERS } from '../event-types/custom-event-types.js';
import { eventTypeNameKind, reservedNameMessage } from '../event-types/event-type-name.js';
import { knownEventType, type KnownEventType } from '../event-types/known-event-types.js';
import { isLedgerEventType } from '../event-types/ledger-event-types.js';
import { isPlainObject } from './json-shape.js';

/** An event's type: its name, and its rules when it is a known type. */
export interface EventTypeOf {
  eventType: string;
  known: KnownEventType | undefined;
}

/** Reads `eventType`: a known type, or a custom one (see eventTypeNameKind: not in a known type's namespace). */
export function readEventType(value: unknown, violations: Violation[]): EventTypeOf | undefined {
  if (typeof value === 'string' && isLedgerEventType(value)) {
    // Would otherwise pass as a custom type: a client must not forge what only the ledger writes.
    violations.push({ path: 'eventType', message: `${value} is written only by the ledger itself (npm run ledger -- recover), never sent` });
    return undefined;
  }
  const kind = typeof value === 'string' ? eventTypeNameKind(value) : undefined;
  if (kind === 'known' || kind === 'custom') return { eventType: value as string, known: knownEventType(value as string) };
  const message =
    value === undefined
      ? 'eventType is required'
      : typeof value !== 'string'
        ? 'eventType must be a string'
        : kind === 'reserved'
          ? reservedNameMessage('eventType', value)
          : 'eventType must be upper snake case, 3 to 64 characters: ^[A-Z][A-Z0-9_]{2,63}$';
  violations.push({ path: 'eventType', message });
  return undefined;
}

/** The members an event type decides, as sent (undefined when absent or already refused). */
export interface TypedMembers {
  resourceType: string | undefined;
  action: string | undefined;
  result: string | undefined;
}

/**
 * Applies the rules of the event's type. A known type fixes resourceType and action (filled in
 * when absent, a different value is refused), its results and the objects its context must hold.
 * A custom type needs category, source, resourceType and action from the client (`raw` tells
 * which members were sent). Returns the resourceType and action the record gets.
 */
export function applyEventTypeRules(
  type: EventTypeOf | undefined,
  sent: TypedMembers,
  raw: Record<string, unknown>,
  violations: Violation[],
): { resourceType: string | undefined; action: string | undefined } {
  if (type === undefined) return sent;
  const { eventType, known } = type;
  if (known === undefined) {
    for (const member of CUSTOM_EVENT_REQUIRED_MEMBERS) {
      if (raw[member] === undefined) violations.push({ path: member, message: `${member} is required for custom event type ${eventType}` });
    }
    return sent;
  }
  for (const member of ['resourceType', 'action'] as const) {
    const value = sent[member];
    if (value !== undefined && value !== known[member]) {
      violations.push({ path: member, message: `${member} of ${eventType} is ${known[member]}, not ${value}` });
    }
  }
  if (sent.result !== undefined && !known.results.includes(sent.result)) {
    violations.push({ path: 'result', message: `result of ${eventType} must be one of ${known.results.join(', ')}, not ${sent.result}` });
  }
  const context = raw['context'];
  if (isPlainObject(context)) {
    for (const member of known.requiredContext) {
      const path = `context.${member}`;
      if (context[member] === undefined) violations.push({ path, message: `${path} is required for ${eventType}` });
      else if (!isPlainObject(context[member])) violations.push({ path, message: `${path} must be a JSON object for ${eventType}` });
    }
  }
  return { resourceType: known.resourceType, action: known.action };
}
