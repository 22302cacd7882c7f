import { Query } from '@nestjs/cqrs';
import type { LifecycleResourceType, LimitView, RuleView } from '#ledger-domain';
import type { LifecycleListFilter } from '#read-models';
import type { AsOfPoint } from '../time-travel/as-of.js';

export interface LifecycleResourcePage {
  items: (RuleView | LimitView)[];
  hasMore: boolean;
  nextCursor: string | null;
  asOf?: AsOfPoint;
}

/** A page of the caller's rules or limits, now or as of a point (`asOf`, the raw as_of). */
export class ListLifecycleResourcesQuery extends Query<LifecycleResourcePage> {
  constructor(
    readonly ledgerId: string,
    readonly resourceType: LifecycleResourceType,
    readonly filter: Omit<LifecycleListFilter, 'asOfSequence'>,
    readonly asOf?: string,
  ) {
    super();
  }
}
