import type { JsonObject, JsonValue } from '../json-value.js';
import type { LifecycleState, LifecycleStatus } from './lifecycle-state.js';

/** What every rule or limit view shows of the lifecycle itself; absent members are left out. */
export interface LifecycleViewMembers {
  status?: LifecycleStatus;
  version: number;
  createdAt?: string;
  updatedAt?: string;
  activatedAt?: string;
  deactivatedAt?: string;
  deletedAt?: string;
  lastEventId?: string;
  attributes?: JsonObject;
}

/** The lifecycle members of a view of `state`, in view order, none undefined-valued. */
export function lifecycleViewMembers(state: LifecycleState): LifecycleViewMembers {
  return withoutUndefined({
    status: state.status,
    version: state.version,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    activatedAt: state.activatedAt,
    deactivatedAt: state.deactivatedAt,
    deletedAt: state.deletedAt,
    lastEventId: state.lastEventId,
    attributes: state.attributes,
  }) as LifecycleViewMembers;
}

/** The attribute `member` when it is a string, else undefined (history may hold anything). */
export function stringAttribute(attributes: JsonObject | undefined, member: string): string | undefined {
  const value = ownMember(attributes, member);
  return typeof value === 'string' ? value : undefined;
}

/** The attribute `member` when it is an array, else undefined. */
export function arrayAttribute(attributes: JsonObject | undefined, member: string): JsonValue[] | undefined {
  const value = ownMember(attributes, member);
  return Array.isArray(value) ? value : undefined;
}

function ownMember(attributes: JsonObject | undefined, member: string): JsonValue | undefined {
  return attributes !== undefined && Object.hasOwn(attributes, member) ? attributes[member] : undefined;
}

/** The same members in the same order, without those whose value is undefined. */
export function withoutUndefined<T extends object>(members: T): Partial<T> {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined)) as Partial<T>;
}
