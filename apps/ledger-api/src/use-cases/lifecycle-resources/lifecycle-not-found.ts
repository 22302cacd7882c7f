import { resourceError, ResourceNotFoundError, type LifecycleResourceType } from '#ledger-domain';

/** 404 for a rule or limit the ledger never created (or had not created by the `as_of` point). */
export function lifecycleNotFound(resourceType: LifecycleResourceType, resourceId: string): ResourceNotFoundError {
  return resourceError(ResourceNotFoundError, resourceType, resourceId);
}
