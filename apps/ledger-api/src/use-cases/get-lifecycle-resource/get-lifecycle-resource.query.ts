import { Query } from '@nestjs/cqrs';
import type { LifecycleResourceType, LimitView, RuleView } from '#ledger-domain';
import type { AsOfPoint } from '../time-travel/as-of.js';

export type LifecycleResourceAnswer = (RuleView | LimitView) & { asOf?: AsOfPoint };

/** One rule or limit of the caller's ledger, now or as of a point (`asOf`, the raw as_of). */
export class GetLifecycleResourceQuery extends Query<LifecycleResourceAnswer> {
  constructor(
    readonly ledgerId: string,
    readonly resourceType: LifecycleResourceType,
    readonly resourceId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}
