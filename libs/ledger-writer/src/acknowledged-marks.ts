import { LogBehindAcknowledgedError, toLedgerStreamName, type LedgerEventMetadata, type LogBehindAcknowledgedFinding } from '#ledger-domain';
import type { EventStore } from '#event-store';
import { compareLogWithMark, type AcknowledgedMark } from './acknowledged-mark.js';
import { readChainTail, type ChainTail } from './chain-tail.js';

/**
 * Every ledger's high-water mark — the highest sequence and head hash ever acknowledged — and the
 * ledgers refused because their log is behind it. Marks only rise: seeded from what the read models
 * persisted, raised by every commit of this process's writer. Checking a tail that is the mark is
 * a map lookup and a string compare; only a tail past the mark costs one read (of the record at
 * the mark). A refusal lasts until the process restarts (after `ledger recover`).
 */
export class AcknowledgedMarks {
  private readonly marks = new Map<string, AcknowledgedMark>();
  private readonly refused = new Map<string, LogBehindAcknowledgedFinding>();

  /** @param onRefused called once per ledger when it is first refused (the service logs an error). */
  constructor(private readonly onRefused: (finding: LogBehindAcknowledgedFinding) => void = () => undefined) {}

  /** Raises the ledger's mark to `mark` if it is higher; a mark never goes down. */
  acknowledge(ledgerId: string, mark: AcknowledgedMark): void {
    const current = this.marks.get(ledgerId);
    if (current === undefined || mark.sequence > current.sequence) this.marks.set(ledgerId, mark);
  }

  markOf(ledgerId: string): AcknowledgedMark | undefined {
    return this.marks.get(ledgerId);
  }

  /** Every ledger with a mark. */
  ledgerIds(): string[] {
    return [...this.marks.keys()];
  }

  /** Puts the ledger in the refused state (the first finding is kept and reported). */
  refuse(finding: LogBehindAcknowledgedFinding): void {
    if (this.refused.has(finding.ledgerId)) return;
    this.refused.set(finding.ledgerId, finding);
    this.onRefused(finding);
  }

  /** Every refused ledger's finding. */
  refusals(): LogBehindAcknowledgedFinding[] {
    return [...this.refused.values()];
  }

  /** @throws LogBehindAcknowledgedError (LEDGER.LOG_BEHIND_ACKNOWLEDGED, 503) when the ledger is refused. */
  assertAppendable(ledgerId: string): void {
    const finding = this.refused.get(ledgerId);
    if (finding) throw new LogBehindAcknowledgedError(finding);
  }

  /**
   * Compares a tail just read from the log with the ledger's mark; refuses the ledger when the log
   * is behind it. Reads the record at the mark only when the tail is past it.
   * @throws LogBehindAcknowledgedError when the ledger is (or now becomes) refused; store errors.
   */
  async checkTail(store: EventStore, ledgerId: string, tail: ChainTail): Promise<void> {
    this.assertAppendable(ledgerId);
    const mark = this.marks.get(ledgerId);
    if (mark === undefined) return;
    const length = tail.revision + 1;
    let hashAtSequence: string | undefined;
    if (length === mark.sequence) hashAtSequence = tail.hash;
    else if (length > mark.sequence) hashAtSequence = await hashAt(store, ledgerId, mark.sequence);
    const finding = compareLogWithMark(ledgerId, mark, { length, hashAtSequence });
    if (finding === undefined) return;
    this.refuse(finding);
    throw new LogBehindAcknowledgedError(finding);
  }

  /**
   * Reads the ledger's tail and compares it with its mark: the check at start, for every ledger
   * with a mark. The mark must have been taken before this reads the log (a mark read later may
   * include appends this read did not see).
   * @returns the finding when the ledger is refused; store errors are thrown.
   */
  async checkLedger(store: EventStore, ledgerId: string): Promise<LogBehindAcknowledgedFinding | undefined> {
    try {
      await this.checkTail(store, ledgerId, await readChainTail(store, toLedgerStreamName(ledgerId)));
      return undefined;
    } catch (error) {
      if (error instanceof LogBehindAcknowledgedError) return this.refused.get(ledgerId);
      throw error;
    }
  }
}

/** The hash the log holds at `sequence` (revision sequence − 1), undefined when it holds none. */
export async function hashAt(store: EventStore, ledgerId: string, sequence: number): Promise<string | undefined> {
  const [event] = await store.readStream(toLedgerStreamName(ledgerId), { fromRevision: sequence - 1, maxCount: 1 });
  return event && event.revision === sequence - 1 ? (event.metadata as unknown as LedgerEventMetadata).hash : undefined;
}
