import { CUSTOM_EVENT_TYPE_PATTERN } from './custom-event-types.js';
import { KNOWN_EVENT_TYPES, knownEventType } from './known-event-types.js';

/**
 * The name prefixes of the known types' families. A name under one of them that is not a known
 * type is reserved: custom events may not take it (so a known type added to a family later can
 * never meet a stored custom event of the same name), and a list filter for it is refused (it can
 * only be a misspelt known type, as RULE_CREATE or LIMIT_DELETE).
 */
export const KNOWN_TYPE_NAMESPACES = ['TRANSACTION_', 'RULE_', 'LIMIT_'] as const;

/**
 * What an event type name is: `known` (KNOWN_EVENT_TYPES), `custom` (matches
 * CUSTOM_EVENT_TYPE_PATTERN outside the known namespaces), `reserved` (in a known namespace but
 * not known) or `malformed` (no event can have it: not upper snake case, 3..64 characters).
 */
export function eventTypeNameKind(name: string): 'known' | 'custom' | 'reserved' | 'malformed' {
  if (knownEventType(name) !== undefined) return 'known';
  if (!CUSTOM_EVENT_TYPE_PATTERN.test(name)) return 'malformed';
  return KNOWN_TYPE_NAMESPACES.some((prefix) => name.startsWith(prefix)) ? 'reserved' : 'custom';
}

/** Why `name` (reserved, see eventTypeNameKind) is refused as `parameter`, listing the known types of its family. */
export function reservedNameMessage(parameter: string, name: string): string {
  const prefix = KNOWN_TYPE_NAMESPACES.find((candidate) => name.startsWith(candidate)) ?? '';
  const family = Object.keys(KNOWN_EVENT_TYPES).filter((type) => type.startsWith(prefix));
  return `${parameter} ${name} is not a known event type, and ${prefix}* names are reserved for the known ones: ${family.join(', ')}`;
}
