import type { Database } from 'better-sqlite3';
import { RebuildInProgressError } from '#ledger-domain';

export type GenerationState = 'live' | 'building' | 'retired';

export interface GenerationRow {
  name: string;
  generation: number;
  state: GenerationState;
  /** When the state last changed (or, while building, the last heartbeat); ISO 8601. */
  changedAt: string;
}

/** A build that has not said it is alive for this long is abandoned (its process died). */
export const BUILD_HEARTBEAT_TIMEOUT_MS = 60_000;

/**
 * Which generation of each read model is live, which are being built and which are retired
 * (kept a while for readers that have not switched yet), in the read-model file itself so that
 * every process sharing it agrees. A read model without a row is live at generation 0.
 */
export class ProjectionGenerations {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_generations (
      name TEXT NOT NULL, generation INTEGER NOT NULL, state TEXT NOT NULL, changed_at TEXT NOT NULL,
      PRIMARY KEY (name, generation))`);
  }

  /** The live generation of every read model named (0 when it has never been rebuilt). */
  live(names: readonly string[]): Map<string, number> {
    const rows = this.db.prepare("SELECT name, generation FROM projection_generations WHERE state = 'live'").all() as { name: string; generation: number }[];
    const live = new Map(names.map((name) => [name, 0]));
    for (const row of rows) if (live.has(row.name)) live.set(row.name, row.generation);
    return live;
  }

  rows(): GenerationRow[] {
    return (this.db.prepare('SELECT name, generation, state, changed_at FROM projection_generations ORDER BY name, generation').all() as
      { name: string; generation: number; state: GenerationState; changed_at: string }[]).map((row) => ({
      name: row.name, generation: row.generation, state: row.state, changedAt: row.changed_at,
    }));
  }

  /**
   * Claims the next generation of `name` for a build.
   * @throws RebuildInProgressError while another build of it is alive (any process).
   */
  beginBuild(name: string, now: Date): number {
    return this.db.transaction(() => {
      const building = this.db.prepare("SELECT changed_at FROM projection_generations WHERE name = ? AND state = 'building'").pluck().all(name) as string[];
      if (building.some((at) => now.getTime() - Date.parse(at) < BUILD_HEARTBEAT_TIMEOUT_MS)) throw new RebuildInProgressError(name);
      const highest = this.db.prepare('SELECT MAX(generation) FROM projection_generations WHERE name = ?').pluck().get(name) as number | null;
      const generation = (highest ?? 0) + 1;
      this.db.prepare("INSERT INTO projection_generations (name, generation, state, changed_at) VALUES (?, ?, 'building', ?)").run(name, generation, now.toISOString());
      return generation;
    }).immediate();
  }

  /** A build says it is alive. */
  heartbeat(name: string, generation: number, now: Date): void {
    this.db.prepare("UPDATE projection_generations SET changed_at = ? WHERE name = ? AND generation = ? AND state = 'building'").run(now.toISOString(), name, generation);
  }

  /** Makes a built generation live and retires the one it replaces; call inside the swap's transaction. */
  promote(name: string, generation: number, now: Date): void {
    const at = now.toISOString();
    const previous = this.live([name]).get(name)!;
    this.db.prepare('INSERT OR REPLACE INTO projection_generations (name, generation, state, changed_at) VALUES (?, ?, ?, ?)').run(name, previous, 'retired', at);
    this.db.prepare("UPDATE projection_generations SET state = 'live', changed_at = ? WHERE name = ? AND generation = ?").run(at, name, generation);
  }

  /** Generations whose tables can go: retired for `graceMs`, or builds whose heartbeat stopped. */
  leftovers(now: Date, graceMs: number): GenerationRow[] {
    return this.rows().filter((row) => {
      const age = now.getTime() - Date.parse(row.changedAt);
      return (row.state === 'retired' && age >= graceMs) || (row.state === 'building' && age >= BUILD_HEARTBEAT_TIMEOUT_MS);
    });
  }

  /** Forgets a generation whose tables were dropped (a failed build, a retired one). */
  forget(name: string, generation: number): void {
    this.db.prepare("DELETE FROM projection_generations WHERE name = ? AND generation = ? AND state != 'live'").run(name, generation);
  }
}
