import { Readable } from 'node:stream';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidQueryError } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { exportWriter } from './export-format.js';
import { ExportLedgerQuery } from './export-ledger.query.js';

/** Records read from the read model per page; the stream pulls the next page only when the client has taken the last. */
const PAGE = 1000;

@QueryHandler(ExportLedgerQuery)
export class ExportLedgerHandler implements IQueryHandler<ExportLedgerQuery> {
  constructor(private readonly readModels: ReadModels) {}

  /** @throws InvalidQueryError (400) when the range is empty or goes beyond the ledger's head. */
  async execute(query: ExportLedgerQuery): Promise<Readable> {
    const head = this.readModels.ledgerHeads.get(query.ledgerId).headSequence;
    const to = query.toSequence ?? head;
    if (to > head) throw new InvalidQueryError([{ path: 'to_sequence', message: `to_sequence ${to} is beyond the ledger's head (${head})` }]);
    if (query.fromSequence > to && !(head === 0 && query.toSequence === undefined)) {
      throw new InvalidQueryError([{ path: 'from_sequence', message: `from_sequence ${query.fromSequence} is after to_sequence ${to}` }]);
    }
    const writer = query.writer ?? exportWriter('ndjson', '');
    const pages = hasFilters(query.filter) ? this.filteredPages(query, to) : this.allPages(query, to);
    async function* chunks(): AsyncGenerator<string> {
      if (writer.header) yield writer.header;
      for (const page of pages) {
        let chunk = '';
        for (const json of page) chunk += writer.line(json);
        if (chunk) yield chunk;
      }
    }
    return Readable.from(chunks(), { objectMode: false, highWaterMark: 1 });
  }

  /** Every record of the range, by sequence: a hole is a broken read model, never a silently short export. */
  private *allPages(query: ExportLedgerQuery, to: number): Generator<string[]> {
    for (let from = query.fromSequence; from <= to; from += PAGE) {
      const sequences = Array.from({ length: Math.min(PAGE, to - from + 1) }, (_, i) => from + i);
      const records = this.readModels.auditEvents.getJsonBySequences(query.ledgerId, sequences);
      yield records.map((json, i) => {
        if (json === undefined) throw new Error(`record ${sequences[i]} of ledger ${query.ledgerId} is missing from the read models`);
        return json;
      });
    }
  }

  /** The records of the range that match the list filters, a page at a time, each exactly as stored. */
  private *filteredPages(query: ExportLedgerQuery, to: number): Generator<string[]> {
    const { auditEvents } = this.readModels;
    let cursor: string | undefined;
    do {
      const page = auditEvents.list(query.ledgerId, { ...query.filter, fromSequence: query.fromSequence, toSequence: to, sortOrder: 'ASC', limit: PAGE, cursor });
      const stored = auditEvents.getJsonBySequences(query.ledgerId, page.auditEvents.map((record) => record.sequence));
      yield stored.map((json, i) => json ?? JSON.stringify(page.auditEvents[i]));
      cursor = page.hasMore ? (page.nextCursor ?? undefined) : undefined;
    } while (cursor !== undefined);
  }
}

function hasFilters(filter: object): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}
