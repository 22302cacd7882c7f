import type { JsonObject } from '../json-value.js';

export type LifecycleResourceType = 'rule' | 'limit';
export type LifecycleStatus = 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'DELETED';

/**
 * A rule or limit as its own events in the ledger make it (a fold with evolveLifecycle). The
 * timestamps are the ledger `createdAt` of the events that set them, absent until one did.
 */
export interface LifecycleState {
  resourceType: LifecycleResourceType;
  resourceId: string;
  /** Undefined until a successful CREATE. */
  status: LifecycleStatus | undefined;
  /** How many events of this resource the ledger holds, SUCCESS and FAILED alike. */
  version: number;
  /** The last accepted `context.after`, without a top-level `status` member. */
  attributes: JsonObject | undefined;
  createdAt?: string;
  updatedAt?: string;
  activatedAt?: string;
  deactivatedAt?: string;
  deletedAt?: string;
  /** The last event of this resource, whatever its result. */
  lastEventId?: string;
  lastSequence?: number;
}

/** The state of a resource the ledger holds no event of. */
export function initialLifecycleState(resourceType: LifecycleResourceType, resourceId: string): LifecycleState {
  return { resourceType, resourceId, status: undefined, version: 0, attributes: undefined };
}
