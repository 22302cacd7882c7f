import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '#read-models';
import { lifecycleNotFound } from '../lifecycle-resources/lifecycle-not-found.js';
import { lifecycleResourceView } from '../lifecycle-resources/lifecycle-resource-view.js';
import { resolveAsOf } from '../time-travel/resolve-as-of.js';
import { GetLifecycleResourceQuery, type LifecycleResourceAnswer } from './get-lifecycle-resource.query.js';

/**
 * Now: the current state the read model keeps. As of a point: the resource's events folded up to
 * that sequence (from the latest snapshot before it), so the answer is what the log said then.
 */
@QueryHandler(GetLifecycleResourceQuery)
export class GetLifecycleResourceHandler implements IQueryHandler<GetLifecycleResourceQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetLifecycleResourceQuery): Promise<LifecycleResourceAnswer> {
    const key = { ledgerId: query.ledgerId, resourceType: query.resourceType, resourceId: query.resourceId };
    const asOf = query.asOf === undefined ? undefined : resolveAsOf(this.readModels, query.ledgerId, query.asOf);
    const state = asOf ? this.readModels.lifecycles.stateAt(key, asOf.sequence) : this.readModels.lifecycles.current(key);
    // Failed attempts alone never made the resource exist.
    if (state?.status === undefined) throw lifecycleNotFound(query.resourceType, query.resourceId);
    return { ...lifecycleResourceView(state), ...(asOf ? { asOf } : {}) };
  }
}
