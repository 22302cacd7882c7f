import type { JsonObject } from './json-value.js';

/** Who did it. `actorType` is one of {@link ACTOR_TYPES}. */
export interface AuditActor {
  id: string;
  actorType: ActorType;
  name?: string;
  role?: string;
  ipAddress?: string;
}

export const ACTOR_TYPES = ['user', 'service', 'api_key', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * What an emitter asks the ledger to record, after validation and normalization
 * (resourceType and action filled in for known event types). Optional members are
 * absent, never null or undefined-valued, because the record is hashed as-is.
 */
export interface AuditEventDraft {
  eventType: string;
  category?: string;
  source?: string;
  resourceType: string;
  resourceId: string;
  action: string;
  result: string;
  description?: string;
  actor: AuditActor;
  context: JsonObject;
  metadata: JsonObject;
  occurredAt?: string;
}

/** Members only the ledger assigns; a client that sends one gets a 400. */
export const SERVER_ASSIGNED_MEMBERS = [
  'eventId',
  'ledgerId',
  'sequence',
  'createdAt',
  'previousHash',
  'hash',
] as const;

/**
 * Wire contract v1 of a stored audit event (docs/INTEGRITY.md). Other programs verify it:
 * `hash` = hex SHA-256 of the RFC 8785 serialization of the record without `hash`;
 * `previousHash` = 64 zeros for sequence 1, else the `hash` of sequence − 1 in the same ledger.
 */
export interface AuditRecord extends AuditEventDraft {
  eventId: string;
  ledgerId: string;
  sequence: number;
  createdAt: string;
  previousHash: string;
  hash: string;
}

/** The record as it is hashed: everything but `hash`. */
export type UnsealedAuditRecord = Omit<AuditRecord, 'hash'>;
