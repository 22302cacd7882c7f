import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '#read-models';
import { lifecycleResourceView } from '../lifecycle-resources/lifecycle-resource-view.js';
import { resolveAsOf } from '../time-travel/resolve-as-of.js';
import { ListLifecycleResourcesQuery, type LifecycleResourcePage } from './list-lifecycle-resources.query.js';

@QueryHandler(ListLifecycleResourcesQuery)
export class ListLifecycleResourcesHandler implements IQueryHandler<ListLifecycleResourcesQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: ListLifecycleResourcesQuery): Promise<LifecycleResourcePage> {
    const asOf = query.asOf === undefined ? undefined : resolveAsOf(this.readModels, query.ledgerId, query.asOf);
    const page = this.readModels.lifecycles.list(query.ledgerId, query.resourceType, { ...query.filter, asOfSequence: asOf?.sequence });
    return { items: page.items.map(lifecycleResourceView), hasMore: page.hasMore, nextCursor: page.nextCursor, ...(asOf ? { asOf } : {}) };
  }
}
