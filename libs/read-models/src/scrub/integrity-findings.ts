import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../projector/cached-statement.js';
import type { IntegrityViolation, IntegrityViolationKind } from './integrity-violation.js';

/** A violation as recorded: when the scrubber first and last saw it, and when a full walk no longer did. */
export interface IntegrityFinding extends IntegrityViolation {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Null while open: the latest full walk of the ledger (or one in progress) still found it. */
  resolvedAt: string | null;
}

/** Open findings, counted (readiness and the admin summary). */
export interface IntegritySummary {
  openFindings: number;
  byKind: Partial<Record<IntegrityViolationKind, number>>;
  /** Ledgers with open findings, each with its first open sequence. */
  ledgers: { ledgerId: string; firstSequence: number; openFindings: number }[];
}

/** Where a page of findings ends. */
export interface FindingKey {
  sequence: number;
  kind: string;
}

/** Where a ledger's walk stands: resumed there after a restart. */
export interface ScrubRun {
  ledgerId: string;
  startedAt: number;
  /** The next revision to read; the walk is done when finishedAt is set. */
  nextRevision: number;
  /** Stored hash of the record before nextRevision (what it must link to); null when unknown. */
  previousHash: string | null;
  finishedAt: number | null;
}

/** The scrubber's tables in the read-model file: bookkeeping, not read models (no generation, never rebuilt). */
export const INTEGRITY_TABLES = ['integrity_findings', 'integrity_scrub_runs'] as const;

type FindingRow = { ledger_id: string; sequence: number; kind: IntegrityViolationKind; detail: string; first_seen_at: number; last_seen_at: number; resolved_at: number | null };

/**
 * The scrubber's findings and walk positions, kept in the read-model file beside the read models
 * (tables no projection owns, so rebuilds leave them): the service's worker and the CLI record
 * there, queries read there. A finding is keyed by ledger, sequence and kind; seeing it again
 * refreshes it, and a full walk that no longer sees it resolves it.
 */
export class IntegrityFindings {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS integrity_findings (
        ledger_id TEXT NOT NULL, sequence INTEGER NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL, resolved_at INTEGER,
        PRIMARY KEY (ledger_id, sequence, kind));
      CREATE TABLE IF NOT EXISTS integrity_scrub_runs (
        ledger_id TEXT PRIMARY KEY, started_at INTEGER NOT NULL, next_revision INTEGER NOT NULL,
        previous_hash TEXT, finished_at INTEGER);`);
  }

  /** Records what one piece of a walk found, and where the walk continues, in one transaction. */
  record(violations: readonly IntegrityViolation[], at: number, run?: ScrubRun): void {
    const upsert = cachedStatement(
      this.db,
      `INSERT INTO integrity_findings (ledger_id, sequence, kind, detail, first_seen_at, last_seen_at, resolved_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL)
       ON CONFLICT (ledger_id, sequence, kind) DO UPDATE SET detail = excluded.detail, last_seen_at = excluded.last_seen_at,
         resolved_at = NULL, first_seen_at = CASE WHEN resolved_at IS NULL THEN first_seen_at ELSE excluded.first_seen_at END`,
    );
    this.db.transaction(() => {
      for (const v of violations) upsert.run(v.ledgerId, v.sequence, v.kind, v.detail, at, at);
      if (run) this.saveRun(run);
    })();
  }

  /** The ledger's walk position, if it was ever walked. */
  run(ledgerId: string): ScrubRun | undefined {
    const row = cachedStatement(this.db, 'SELECT * FROM integrity_scrub_runs WHERE ledger_id = ?').get(ledgerId) as
      | { ledger_id: string; started_at: number; next_revision: number; previous_hash: string | null; finished_at: number | null }
      | undefined;
    return row && { ledgerId, startedAt: row.started_at, nextRevision: row.next_revision, previousHash: row.previous_hash, finishedAt: row.finished_at };
  }

  /** Marks the walk done and resolves the ledger's findings it did not see again. */
  finish(run: ScrubRun, at: number): void {
    this.db.transaction(() => {
      this.saveRun({ ...run, finishedAt: at });
      cachedStatement(this.db, 'UPDATE integrity_findings SET resolved_at = ? WHERE ledger_id = ? AND resolved_at IS NULL AND last_seen_at < ?').run(
        at,
        run.ledgerId,
        run.startedAt,
      );
    })();
  }

  /**
   * A page of the ledger's findings in (sequence, kind) order, after `after` (the last of the
   * previous page); `open` only: those not resolved. The order does not change as walks refresh
   * findings, so paging neither skips nor repeats one.
   */
  list(ledgerId: string, options: { limit: number; after?: FindingKey; open?: boolean }): IntegrityFinding[] {
    const sql = `SELECT * FROM integrity_findings WHERE ledger_id = ? AND (sequence, kind) > (?, ?) ${options.open ? 'AND resolved_at IS NULL' : ''}
       ORDER BY sequence, kind LIMIT ?`;
    const after = options.after ?? { sequence: -1, kind: '' };
    return (cachedStatement(this.db, sql).all(ledgerId, after.sequence, after.kind, options.limit) as FindingRow[]).map(toFinding);
  }

  /** Open findings of every ledger, or of one. */
  summary(ledgerId?: string): IntegritySummary {
    const ledger = ledgerId === undefined ? '' : 'AND ledger_id = ?';
    const params = ledgerId === undefined ? [] : [ledgerId];
    const byKind = cachedStatement(this.db, `SELECT kind, count(*) AS n FROM integrity_findings WHERE resolved_at IS NULL ${ledger} GROUP BY kind`).all(...params) as {
      kind: IntegrityViolationKind;
      n: number;
    }[];
    const ledgers = cachedStatement(
      this.db,
      `SELECT ledger_id AS ledgerId, min(sequence) AS firstSequence, count(*) AS openFindings FROM integrity_findings
       WHERE resolved_at IS NULL ${ledger} GROUP BY ledger_id ORDER BY ledger_id`,
    ).all(...params) as IntegritySummary['ledgers'];
    return {
      openFindings: byKind.reduce((sum, { n }) => sum + n, 0),
      byKind: Object.fromEntries(byKind.map(({ kind, n }) => [kind, n])),
      ledgers,
    };
  }

  private saveRun(run: ScrubRun): void {
    cachedStatement(
      this.db,
      `INSERT INTO integrity_scrub_runs (ledger_id, started_at, next_revision, previous_hash, finished_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (ledger_id) DO UPDATE SET started_at = excluded.started_at, next_revision = excluded.next_revision,
         previous_hash = excluded.previous_hash, finished_at = excluded.finished_at`,
    ).run(run.ledgerId, run.startedAt, run.nextRevision, run.previousHash, run.finishedAt);
  }
}

function toFinding(row: FindingRow): IntegrityFinding {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    ledgerId: row.ledger_id,
    sequence: row.sequence,
    kind: row.kind,
    detail: row.detail,
    firstSeenAt: iso(row.first_seen_at),
    lastSeenAt: iso(row.last_seen_at),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
  };
}
