import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { checkStoredRecordText, verifyStoredChainSegment } from '#integrity';
import { toLedgerStreamName } from '#ledger-domain';
import { EventStore } from '#event-store';
import { LedgerHeads } from '#read-models';
import { ReadYourWritesBarrier } from '../read-your-writes/read-your-writes.barrier.js';
import type { LedgerVerification } from './ledger-verification.js';
import { VerifyLedgerQuery } from './verify-ledger.query.js';

/** Log events read per store call while verifying. */
const PAGE = 10_000;

/**
 * Verifies one bounded range of a ledger's chain from the LOG (not the read models): every
 * record's stored bytes are hashed and every link checked, starting from the stored hash of the
 * record before the range. A client walks a chain of any length with nextFromSequence.
 */
@QueryHandler(VerifyLedgerQuery)
export class VerifyLedgerHandler implements IQueryHandler<VerifyLedgerQuery> {
  constructor(
    private readonly store: EventStore,
    private readonly heads: LedgerHeads,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: VerifyLedgerQuery): Promise<LedgerVerification> {
    await this.barrier.wait();
    const stream = toLedgerStreamName(query.ledgerId);
    const logHead = await this.logHeadSequence(stream);
    // The ledger's own record of its length catches a log truncated at the tail.
    const knownHead = Math.max(this.heads.get(query.ledgerId).headSequence, logHead);
    const from = query.fromSequence;
    const to = Math.min(query.toSequence ?? knownHead, knownHead);
    if (from > to) return { intact: true, verifiedCount: 0, firstBrokenSequence: null, reason: null, nextFromSequence: null };
    const end = Math.min(to, from + query.maxRecords - 1);

    const predecessor = from === 1 ? null : await this.predecessorOf(stream, from);
    if (predecessor === undefined) {
      return broken(0, from - 1, `sequence ${from - 1} (the record before the range) is missing or unreadable in the log`);
    }
    let verifiedCount = 0;
    let previous = predecessor;
    let nextRevision = from - 1;
    while (nextRevision <= end - 1) {
      const page = (await this.store.readStreamData(stream, { fromRevision: nextRevision, maxCount: Math.min(PAGE, end - nextRevision) }))
        .filter((event) => event.revision <= end - 1);
      if (page.length === 0) break;
      const result = verifyStoredChainSegment(
        page.map((event) => event.dataText),
        { predecessor: previous, expectedFirstSequence: from + verifiedCount },
      );
      verifiedCount += result.verifiedCount;
      if (!result.intact) return broken(verifiedCount, result.firstBrokenSequence, result.reason);
      const last = checkStoredRecordText(page[page.length - 1]!.dataText);
      previous = last ? { sequence: last.sequence, hash: last.hash } : lastParsed(page[page.length - 1]!.dataText);
      nextRevision = page[page.length - 1]!.revision + 1;
    }
    if (from + verifiedCount <= end) {
      const missing = from + verifiedCount;
      return broken(verifiedCount, missing, `sequence ${missing} is missing from the log (the ledger records ${knownHead} events)`);
    }
    return { intact: true, verifiedCount, firstBrokenSequence: null, reason: null, nextFromSequence: end < to ? end + 1 : null };
  }

  private async logHeadSequence(stream: string): Promise<number> {
    const [last] = await this.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    return last ? last.revision + 1 : 0;
  }

  /** The stored record just before `from`, or undefined when the log lacks it. */
  private async predecessorOf(stream: string, from: number): Promise<{ sequence: number; hash: string } | undefined> {
    const [event] = await this.store.readStreamData(stream, { fromRevision: from - 2, maxCount: 1 });
    if (!event || event.revision !== from - 2) return undefined;
    const check = checkStoredRecordText(event.dataText);
    if (check) return { sequence: check.sequence, hash: check.hash };
    try {
      return lastParsed(event.dataText);
    } catch {
      return undefined;
    }
  }
}

/** sequence and hash of a record stored in another layout (verified already, so it parses). */
function lastParsed(text: string): { sequence: number; hash: string } {
  const record = JSON.parse(text) as { sequence: number; hash: string };
  return { sequence: record.sequence, hash: record.hash };
}

function broken(verifiedCount: number, sequence: number | null, reason: string | null): LedgerVerification {
  return { intact: false, verifiedCount, firstBrokenSequence: sequence, reason, nextFromSequence: null };
}
