import { Query } from '@nestjs/cqrs';
import type { ProjectionStatus } from '#read-models';

export interface ProjectionOverview extends ProjectionStatus {
  /** Log positions the live generation has still to apply. */
  lagEvents: number | null;
  status: 'live' | 'rebuilding';
}

export interface ProjectionsAnswer {
  headPosition: number | null;
  projections: ProjectionOverview[];
}

/** Every read model: its live generation, checkpoint and lag, and its last rebuild. */
export class ListProjectionsQuery extends Query<ProjectionsAnswer> {}
