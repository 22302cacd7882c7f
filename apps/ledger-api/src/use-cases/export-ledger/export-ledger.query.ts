import { Query } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';
import type { AuditEventFilter } from '../list-audit-events/audit-event-filter.dto.js';
import type { ExportWriter } from './export-format.js';

/** The records of sequences [fromSequence, toSequence] that match `filter`, written by `writer`. */
export class ExportLedgerQuery extends Query<Readable> {
  constructor(
    readonly ledgerId: string,
    readonly fromSequence: number,
    readonly toSequence: number | undefined,
    readonly filter: AuditEventFilter = {},
    readonly writer?: ExportWriter,
  ) {
    super();
  }
}
