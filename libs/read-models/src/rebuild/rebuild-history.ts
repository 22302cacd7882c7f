import type { Database } from 'better-sqlite3';
import { BUILD_HEARTBEAT_TIMEOUT_MS } from './projection-generations.js';
import type { RebuildStatus } from './rebuild-status.js';

/** Rebuilds remembered per read model (older ones are forgotten as new ones begin). */
const KEPT_PER_READ_MODEL = 10;

interface RebuildRow {
  name: string;
  generation: number;
  state: RebuildStatus['state'];
  position: number;
  target_position: number;
  events: number;
  events_per_second: number;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
  error: string | null;
}

/**
 * Every rebuild of a read model and how far it got, in the read-model file beside the generations,
 * so that whichever process rebuilds (the service, the CLI, another instance) every process reports
 * it: GET /v1/admin/projections shows a rebuild the CLI runs. Written by rebuildProjections.
 */
export class RebuildHistory {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_rebuilds (
      name TEXT NOT NULL, generation INTEGER NOT NULL, state TEXT NOT NULL,
      position INTEGER NOT NULL, target_position INTEGER NOT NULL, events INTEGER NOT NULL, events_per_second REAL NOT NULL,
      started_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT, error TEXT,
      PRIMARY KEY (name, generation))`);
  }

  /** A rebuild of `name` into `generation` has claimed it. */
  began(name: string, generation: number, at: Date): void {
    const when = at.toISOString();
    this.db.transaction(() => {
      this.db
        .prepare("INSERT OR REPLACE INTO projection_rebuilds VALUES (?, ?, 'running', 0, 0, 0, 0, ?, ?, NULL, NULL)")
        .run(name, generation, when, when);
      this.db
        .prepare('DELETE FROM projection_rebuilds WHERE name = ? AND generation <= ?')
        .run(name, generation - KEPT_PER_READ_MODEL);
    })();
  }

  /** How far it got (also its heartbeat). */
  progressed(name: string, generation: number, progress: Pick<RebuildStatus, 'position' | 'targetPosition' | 'events' | 'eventsPerSecond'>, at: Date): void {
    this.db
      .prepare("UPDATE projection_rebuilds SET position = ?, target_position = ?, events = ?, events_per_second = ?, updated_at = ? WHERE name = ? AND generation = ? AND state = 'running'")
      .run(progress.position, progress.targetPosition, progress.events, progress.eventsPerSecond, at.toISOString(), name, generation);
  }

  /** It is live (`done`), or it stopped (`failed`, with why). */
  finished(name: string, generation: number, outcome: { state: 'done'; position: number } | { state: 'failed'; error: string }, at: Date): void {
    const when = at.toISOString();
    if (outcome.state === 'done') {
      this.db
        .prepare("UPDATE projection_rebuilds SET state = 'done', position = ?, updated_at = ?, finished_at = ? WHERE name = ? AND generation = ?")
        .run(outcome.position, when, when, name, generation);
    } else {
      this.db
        .prepare("UPDATE projection_rebuilds SET state = 'failed', error = ?, updated_at = ?, finished_at = ? WHERE name = ? AND generation = ?")
        .run(outcome.error, when, when, name, generation);
    }
  }

  /**
   * The latest rebuild of each read model named that has one. A running rebuild whose process has
   * not said it is alive for BUILD_HEARTBEAT_TIMEOUT_MS is reported failed: that process stopped.
   */
  latest(names: readonly string[], now: Date): Map<string, RebuildStatus> {
    const rows = this.db
      .prepare('SELECT * FROM projection_rebuilds AS r WHERE generation = (SELECT MAX(generation) FROM projection_rebuilds WHERE name = r.name)')
      .all() as RebuildRow[];
    const latest = new Map<string, RebuildStatus>();
    for (const row of rows) if (names.includes(row.name)) latest.set(row.name, toStatus(row, now));
    return latest;
  }
}

function toStatus(row: RebuildRow, now: Date): RebuildStatus {
  const status: RebuildStatus = {
    state: row.state,
    generation: row.generation,
    position: row.position,
    targetPosition: row.target_position,
    events: row.events,
    eventsPerSecond: row.events_per_second,
    startedAt: row.started_at,
    ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
  if (row.state === 'running' && now.getTime() - Date.parse(row.updated_at) >= BUILD_HEARTBEAT_TIMEOUT_MS) {
    return { ...status, state: 'failed', error: `abandoned: the process rebuilding it stopped (no progress since ${row.updated_at})` };
  }
  return status;
}
