import { ACTOR_TYPES, type ActorType, type AuditActor } from '../audit-record.js';
import type { Violation } from '../errors/violation.js';
import { TEXT_MEMBER_MAX_LENGTHS } from './audit-event-limits.js';
import { formatJsonPath } from './json-path.js';
import { readTextMember } from './text-member.js';

const ACTOR_MEMBERS: readonly string[] = ['id', 'actorType', 'name', 'role', 'ipAddress'];

/**
 * Checks `actor` ({id, actorType, name?, role?, ipAddress?}) and returns it with its members in
 * that order and optional ones absent, or undefined after adding its violations.
 */
export function normalizeActor(value: unknown, violations: Violation[]): AuditActor | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    violations.push({ path: 'actor', message: 'actor is required: an object with id and actorType' });
    return undefined;
  }
  // A DTO instance from the HTTP layer is fine too: only own members are read.
  const actor = value as Record<string, unknown>;
  const before = violations.length;
  const id = readTextMember(actor['id'], 'actor.id', { maxLength: TEXT_MEMBER_MAX_LENGTHS['actor.id'], required: true }, violations);
  const actorType = actor['actorType'];
  if (!ACTOR_TYPES.includes(actorType as ActorType)) {
    const allowed = `one of ${ACTOR_TYPES.join(', ')}`;
    const message = actorType === undefined ? `actor.actorType is required (${allowed})` : `actor.actorType must be ${allowed}`;
    violations.push({ path: 'actor.actorType', message });
  }
  const optional = (member: 'name' | 'role' | 'ipAddress') =>
    readTextMember(actor[member], `actor.${member}`, { maxLength: TEXT_MEMBER_MAX_LENGTHS[`actor.${member}`], required: false }, violations);
  const name = optional('name');
  const role = optional('role');
  const ipAddress = optional('ipAddress');
  for (const key of Object.keys(actor)) {
    if (!ACTOR_MEMBERS.includes(key) && actor[key] !== undefined) {
      const path = formatJsonPath('actor', [key]);
      violations.push({ path, message: `${path} is not a member of actor (${ACTOR_MEMBERS.join(', ')})` });
    }
  }
  if (violations.length > before) return undefined;
  return {
    id: id!,
    actorType: actorType as ActorType,
    ...(name === undefined ? {} : { name }),
    ...(role === undefined ? {} : { role }),
    ...(ipAddress === undefined ? {} : { ipAddress }),
  };
}
