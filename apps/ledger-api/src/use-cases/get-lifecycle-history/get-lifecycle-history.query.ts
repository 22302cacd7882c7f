import { Query } from '@nestjs/cqrs';
import type { AuditRecord, LifecycleResourceType } from '#ledger-domain';

/** One audit event of a resource's history, with the version it made and the paths it changed. */
export interface LifecycleHistoryItem {
  version: number;
  changedPaths: string[];
  auditEvent: AuditRecord;
}

export interface LifecycleHistoryAnswer {
  resourceType: LifecycleResourceType;
  resourceId: string;
  history: LifecycleHistoryItem[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** A page of a rule's or limit's audit events, in order. */
export class GetLifecycleHistoryQuery extends Query<LifecycleHistoryAnswer> {
  constructor(
    readonly ledgerId: string,
    readonly resourceType: LifecycleResourceType,
    readonly resourceId: string,
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
