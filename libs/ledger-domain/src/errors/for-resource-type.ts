import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import type { LedgerError } from './ledger-error.js';

/** An error class written once for rules and limits, whose constructor takes the resource type first. */
type ResourceErrorClass = abstract new (resourceType: LifecycleResourceType, ...args: never[]) => LedgerError;

/** The arguments of such a class after the resource type. */
type ArgsAfterType<General extends ResourceErrorClass> = ConstructorParameters<General> extends [LifecycleResourceType, ...infer Rest] ? Rest : never;

/** The concrete class of a ResourceErrorClass for one resource type. */
export type ResourceTypeErrorClass<General extends ResourceErrorClass> = new (...args: ArgsAfterType<General>) => InstanceType<General>;

const made = new WeakMap<ResourceErrorClass, Map<LifecycleResourceType, ResourceTypeErrorClass<ResourceErrorClass>>>();

/**
 * The concrete class of `general`'s errors about `resourceType`, named as the rule and limit
 * classes always were (ResourceUnknownError and 'limit' give `LimitUnknownError`): its constructor
 * takes `general`'s arguments after the resource type. The same class for the same arguments, every
 * time: RuleUnknownError is this class, so that `instanceof` and `constructor` hold whoever made the error.
 */
export function forResourceType<General extends ResourceErrorClass>(general: General, resourceType: LifecycleResourceType): ResourceTypeErrorClass<General> {
  let byType = made.get(general);
  if (byType === undefined) made.set(general, (byType = new Map()));
  let concrete = byType.get(resourceType);
  if (concrete === undefined) {
    const Base = general as unknown as new (resourceType: LifecycleResourceType, ...args: unknown[]) => LedgerError;
    concrete = class extends Base {
      constructor(...args: unknown[]) {
        super(resourceType, ...args);
      }
    } as unknown as ResourceTypeErrorClass<ResourceErrorClass>;
    const typeName = resourceType[0]!.toUpperCase() + resourceType.slice(1);
    Object.defineProperty(concrete, 'name', { value: general.name.replace(/^Resource/, typeName) });
    byType.set(resourceType, concrete);
  }
  return concrete as unknown as ResourceTypeErrorClass<General>;
}

/** A new error of `general` about `resourceType` (an instance of {@link forResourceType}'s class). */
export function resourceError<General extends ResourceErrorClass>(
  general: General,
  resourceType: LifecycleResourceType,
  ...args: ArgsAfterType<General>
): InstanceType<General> {
  return new (forResourceType(general, resourceType))(...args);
}
