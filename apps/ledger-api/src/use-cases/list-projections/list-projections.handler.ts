import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventStore } from '#event-store';
import { ProjectionAdmin } from '#read-models';
import { ListProjectionsQuery, type ProjectionsAnswer } from './list-projections.query.js';

@QueryHandler(ListProjectionsQuery)
export class ListProjectionsHandler implements IQueryHandler<ListProjectionsQuery> {
  constructor(
    private readonly admin: ProjectionAdmin,
    private readonly store: EventStore,
  ) {}

  async execute(): Promise<ProjectionsAnswer> {
    let headPosition: number | null = null;
    try {
      headPosition = await this.store.headPosition();
    } catch {
      // The store is down: the lag is unknown, the rest still says something.
    }
    return {
      headPosition,
      projections: this.admin.projections().map((projection) => ({
        ...projection,
        lagEvents: headPosition === null ? null : Math.max(0, headPosition - projection.checkpoint),
        status: projection.rebuild?.state === 'running' ? 'rebuilding' : 'live',
      })),
    };
  }
}
