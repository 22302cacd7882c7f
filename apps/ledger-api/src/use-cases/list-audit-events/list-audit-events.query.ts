import { Query } from '@nestjs/cqrs';
import type { AuditEventPage, AuditEventListFilter } from '#read-models';

/** A page of the caller's audit events, filtered, in sequence order. */
export class ListAuditEventsQuery extends Query<AuditEventPage> {
  constructor(
    readonly ledgerId: string,
    readonly filter: AuditEventListFilter,
  ) {
    super();
  }
}
