import { setImmediate as yieldToOthers, setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { GENESIS_HASH } from '#integrity';
import { toLedgerStreamName } from '#ledger-domain';
import type { EventStore } from '#event-store';
import type { ReadStore } from '../projector/read-store.js';
import { ReadModels } from '../read-models.js';
import { compareLogRecord } from './compare-log-record.js';
import { IntegrityFindings, type ScrubRun } from './integrity-findings.js';
import type { IntegrityViolation } from './integrity-violation.js';
import { readModelCopies } from './read-model-copies.js';

export interface LedgerScrubberOptions {
  /** Records read and compared per piece (bounds memory: one piece's bytes at a time). Default 1000. */
  pieceSize?: number;
  /**
   * After each piece, pause this many times as long as the piece took, so that a walk in the
   * service takes at most 1/(1 + pauseFactor) of a core. 0 (default): only yield.
   */
  pauseFactor?: number;
  /** Told what each piece found, after it is recorded. */
  onViolations?: (violations: readonly IntegrityViolation[]) => void;
  /** Told after each piece how far the walk of the ledger is (the next revision to read). */
  onProgress?: (ledgerId: string, nextRevision: number) => void;
  /** Ends a walk after its current piece (its position is kept: the next walk resumes there). */
  signal?: AbortSignal;
  now?: () => number;
}

/** What one walk of a ledger did. */
export interface LedgerScrubResult {
  ledgerId: string;
  /** Records compared by this call (a resumed walk counts only what it read). */
  checked: number;
  violations: number;
  /** False when the walk was stopped before the end of the log (it resumes from its position). */
  finished: boolean;
}

/**
 * The scrubber: walks a ledger's log in pieces and compares every record with itself, its
 * predecessor, its store envelope and the read models' copies (compareLogRecord), recording what
 * disagrees in IntegrityFindings together with its position, so a walk stopped by a restart
 * resumes where it was. Memory is bounded by one piece; CPU by `pauseFactor`.
 */
export class LedgerScrubber {
  readonly findings: IntegrityFindings;
  private readonly pieceSize: number;
  private readonly now: () => number;

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly options: LedgerScrubberOptions = {},
  ) {
    this.findings = new IntegrityFindings(readStore.db);
    this.pieceSize = options.pieceSize ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Every ledger the read models know of. */
  ledgerIds(): string[] {
    const readModels = new ReadModels(this.readStore);
    const heads = this.readStore.db.prepare(`SELECT ledger_id FROM ${readModels.ledgerHeads.table}`).pluck().all() as string[];
    return [...new Set([...heads, ...readModels.merkleTiles.ledgerIds()])].sort();
  }

  /** True when the ledger was never walked, its walk is unfinished, or it started `intervalMs` ago or more. */
  isDue(ledgerId: string, intervalMs: number): boolean {
    const run = this.findings.run(ledgerId);
    return !run || run.finishedAt === null || this.now() - run.startedAt >= intervalMs;
  }

  /**
   * Walks the ledger to the end of its log: resumes an unfinished walk (unless `resume` is false:
   * an operator's walk from the start), else starts a new one.
   */
  async scrub(ledgerId: string, options: { resume?: boolean } = {}): Promise<LedgerScrubResult> {
    const stored = options.resume === false ? undefined : this.findings.run(ledgerId);
    let run: ScrubRun =
      stored && stored.finishedAt === null ? stored : { ledgerId, startedAt: this.now(), nextRevision: 0, previousHash: GENESIS_HASH, finishedAt: null };
    const result: LedgerScrubResult = { ledgerId, checked: 0, violations: 0, finished: false };
    const stream = toLedgerStreamName(ledgerId);
    for (;;) {
      if (this.options.signal?.aborted) return result;
      const started = performance.now();
      const page = await this.store.readStreamData(stream, { fromRevision: run.nextRevision, maxCount: this.pieceSize });
      const violations = page.length > 0 ? this.comparePiece(ledgerId, run, page) : await this.compareEnd(ledgerId, run);
      if (violations === 'grown') continue;
      const last = page[page.length - 1];
      if (last) run = { ...run, nextRevision: last.revision + 1, previousHash: violations.previousHash };
      this.findings.record(violations.found, this.now(), run);
      if (violations.found.length > 0) this.options.onViolations?.(violations.found);
      result.checked += page.length;
      result.violations += violations.found.length;
      this.options.onProgress?.(ledgerId, run.nextRevision);
      if (page.length === 0) break;
      await this.pause(performance.now() - started);
    }
    this.findings.finish(run, this.now());
    return { ...result, finished: true };
  }

  private comparePiece(ledgerId: string, run: ScrubRun, page: Awaited<ReturnType<EventStore['readStreamData']>>): { found: IntegrityViolation[]; previousHash: string | null } {
    const copies = readModelCopies(new ReadModels(this.readStore), ledgerId, page);
    const found: IntegrityViolation[] = [];
    let expected = run.nextRevision;
    let previousHash = run.previousHash;
    for (const [i, event] of page.entries()) {
      if (event.revision > expected) {
        found.push(missing(ledgerId, expected + 1, `sequences ${expected + 1}..${event.revision} are missing from the log`));
        previousHash = null;
      }
      const comparison = compareLogRecord({ ledgerId, revision: event.revision, bytes: event.data, envelope: event }, previousHash ?? undefined, copies[i]!);
      found.push(...comparison.violations);
      previousHash = comparison.storedHash ?? null;
      expected = event.revision + 1;
    }
    return { found, previousHash };
  }

  /**
   * At the end of the log: the read models must not know of records after it (a cut tail). The
   * head is read after the log, so records appended and projected in between are looked for
   * again: `grown` when the log has more now (the walk goes on).
   */
  private async compareEnd(ledgerId: string, run: ScrubRun): Promise<{ found: IntegrityViolation[]; previousHash: string | null } | 'grown'> {
    const head = new ReadModels(this.readStore).ledgerHeads.get(ledgerId);
    const length = run.nextRevision;
    if (head.headSequence <= length) return { found: [], previousHash: run.previousHash };
    const [later] = await this.store.readStreamData(toLedgerStreamName(ledgerId), { fromRevision: length, maxCount: 1 });
    if (later) return 'grown';
    return { found: [missing(ledgerId, length + 1, `the log ends at sequence ${length}; the read models hold records up to ${head.headSequence}`)], previousHash: run.previousHash };
  }

  private async pause(elapsedMs: number): Promise<void> {
    const pauseMs = elapsedMs * (this.options.pauseFactor ?? 0);
    await (pauseMs >= 1 ? sleep(pauseMs) : yieldToOthers());
  }
}

function missing(ledgerId: string, sequence: number, detail: string): IntegrityViolation {
  return { ledgerId, sequence, kind: 'missing-record', detail: `sequence ${sequence}: ${detail}` };
}
