import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AuditRecord } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { lifecycleNotFound } from '../lifecycle-resources/lifecycle-not-found.js';
import { GetLifecycleHistoryQuery, type LifecycleHistoryAnswer } from './get-lifecycle-history.query.js';

/** The resource's entries from ResourceLifecycles, each with its full record from AuditEventIndex. */
@QueryHandler(GetLifecycleHistoryQuery)
export class GetLifecycleHistoryHandler implements IQueryHandler<GetLifecycleHistoryQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetLifecycleHistoryQuery): Promise<LifecycleHistoryAnswer> {
    const { ledgerId, resourceType, resourceId } = query;
    const page = this.readModels.lifecycles.history({ ledgerId, resourceType, resourceId }, { limit: query.limit, cursor: query.cursor });
    if (page.entries.length === 0 && query.cursor === undefined) throw lifecycleNotFound(resourceType, resourceId);
    const records = this.readModels.auditEvents.getJsonBySequences(ledgerId, page.entries.map((entry) => entry.sequence));
    return {
      resourceType,
      resourceId,
      history: page.entries.map((entry, i) => ({
        version: entry.version,
        changedPaths: entry.changedPaths,
        auditEvent: JSON.parse(records[i]!) as AuditRecord,
      })),
      hasMore: page.hasMore,
      nextCursor: page.nextCursor,
    };
  }
}
