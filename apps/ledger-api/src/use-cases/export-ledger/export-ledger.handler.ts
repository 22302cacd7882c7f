import { Readable } from 'node:stream';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidQueryError } from '#ledger-domain';
import { ReadModels } from '#read-models';
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
    const { auditEvents } = this.readModels;
    const ledgerId = query.ledgerId;
    async function* lines(): AsyncGenerator<string> {
      for (let from = query.fromSequence; from <= to; from += PAGE) {
        const sequences = Array.from({ length: Math.min(PAGE, to - from + 1) }, (_, i) => from + i);
        const records = auditEvents.getJsonBySequences(ledgerId, sequences);
        let chunk = '';
        for (const [i, json] of records.entries()) {
          // The head says the record is there: a hole is a broken read model, never a silently short export.
          if (json === undefined) throw new Error(`record ${sequences[i]} of ledger ${ledgerId} is missing from the read models`);
          chunk += `${json}\n`;
        }
        yield chunk;
      }
    }
    return Readable.from(lines(), { objectMode: false, highWaterMark: 1 });
  }
}
