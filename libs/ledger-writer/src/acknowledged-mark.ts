import type { LogBehindAcknowledgedFinding } from '#ledger-domain';

/** The highest sequence of a ledger the service acknowledged, the hash it had, and who knows it. */
export interface AcknowledgedMark {
  sequence: number;
  hash: string;
  /** `writer`: this process committed and answered it; `read-models`: persisted by the projector (across restarts). */
  source: LogBehindAcknowledgedFinding['source'];
}

/** What the log holds where a mark points. */
export interface LogAtMark {
  /** Records in the log. */
  length: number;
  /** The log's hash at the mark's sequence; undefined when the log is shorter. */
  hashAtSequence: string | undefined;
}

/**
 * Compares a ledger's log with its acknowledged mark, pure: undefined when the log holds the
 * acknowledged record at the mark's sequence (a longer log is fine: another writer extended it;
 * read models that lag give a lower mark, which is fine too); a finding when the log is shorter
 * than the mark or holds another record there (a restored backup, a truncation, a rewrite).
 */
export function compareLogWithMark(ledgerId: string, mark: AcknowledgedMark | undefined, log: LogAtMark): LogBehindAcknowledgedFinding | undefined {
  if (mark === undefined || mark.sequence === 0) return undefined;
  const finding = (logHashAtSequence: string | null): LogBehindAcknowledgedFinding => ({
    ledgerId,
    acknowledgedSequence: mark.sequence,
    acknowledgedHash: mark.hash,
    source: mark.source,
    logLength: log.length,
    logHashAtSequence,
  });
  if (log.length < mark.sequence || log.hashAtSequence === undefined) return finding(null);
  return log.hashAtSequence === mark.hash ? undefined : finding(log.hashAtSequence);
}
