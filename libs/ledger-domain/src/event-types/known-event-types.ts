/** What a known event type fixes: its resource, its action, its results and the context it must carry. */
export interface KnownEventType {
  resourceType: 'transaction' | 'rule' | 'limit';
  action: 'VALIDATE' | 'CREATE' | 'UPDATE' | 'ACTIVATE' | 'DEACTIVATE' | 'DRAFT' | 'DELETE';
  results: readonly string[];
  /** Members of `context` that must be JSON objects. */
  requiredContext: readonly string[];
}

const VALIDATION_RESULTS = ['ALLOW', 'DENY', 'REVIEW'] as const;
const CHANGE_RESULTS = ['SUCCESS', 'FAILED'] as const;

function lifecycle(resourceType: 'rule' | 'limit') {
  return {
    CREATED: { resourceType, action: 'CREATE', results: CHANGE_RESULTS, requiredContext: ['after'] },
    UPDATED: { resourceType, action: 'UPDATE', results: CHANGE_RESULTS, requiredContext: ['before', 'after'] },
    ACTIVATED: { resourceType, action: 'ACTIVATE', results: CHANGE_RESULTS, requiredContext: [] },
    DEACTIVATED: { resourceType, action: 'DEACTIVATE', results: CHANGE_RESULTS, requiredContext: [] },
    // A revision of a resource still in DRAFT (Lerian Tracer's DRAFT action): the full draft in context.after.
    DRAFTED: { resourceType, action: 'DRAFT', results: CHANGE_RESULTS, requiredContext: ['after'] },
    DELETED: { resourceType, action: 'DELETE', results: CHANGE_RESULTS, requiredContext: ['before'] },
  } as const satisfies Record<string, KnownEventType>;
}

const rule = lifecycle('rule');
const limit = lifecycle('limit');

/** The event types of the seed API. Their strings are part of the wire contract: never rename one. */
export const KNOWN_EVENT_TYPES = {
  TRANSACTION_VALIDATED: {
    resourceType: 'transaction',
    action: 'VALIDATE',
    results: VALIDATION_RESULTS,
    requiredContext: ['request', 'response'],
  },
  RULE_CREATED: rule.CREATED,
  RULE_UPDATED: rule.UPDATED,
  RULE_ACTIVATED: rule.ACTIVATED,
  RULE_DEACTIVATED: rule.DEACTIVATED,
  RULE_DRAFTED: rule.DRAFTED,
  RULE_DELETED: rule.DELETED,
  LIMIT_CREATED: limit.CREATED,
  LIMIT_UPDATED: limit.UPDATED,
  LIMIT_ACTIVATED: limit.ACTIVATED,
  LIMIT_DEACTIVATED: limit.DEACTIVATED,
  LIMIT_DRAFTED: limit.DRAFTED,
  LIMIT_DELETED: limit.DELETED,
} as const satisfies Record<string, KnownEventType>;

export type KnownEventTypeName = keyof typeof KNOWN_EVENT_TYPES;

/** The rules of a known event type, or undefined for any other string (including `constructor`). */
export function knownEventType(eventType: string): KnownEventType | undefined {
  return Object.hasOwn(KNOWN_EVENT_TYPES, eventType) ? KNOWN_EVENT_TYPES[eventType as KnownEventTypeName] : undefined;
}
