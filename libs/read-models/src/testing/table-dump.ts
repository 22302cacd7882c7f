import type { Database } from 'better-sqlite3';
import { INTEGRITY_TABLES } from '../scrub/integrity-findings.js';

const BOOKKEEPING = new Set<string>(['projection_checkpoints', 'projection_generations', 'projection_rebuilds', ...INTEGRITY_TABLES]);

/**
 * Every read-model table of one generation (`<base>` for 0, `<base>_g<n>` for n), by base name,
 * with all its rows in a stable order (sorted on every column): two generations built from the
 * same log compare equal with toEqual, table for table.
 */
export function dumpGeneration(db: Database, generation: number): Record<string, unknown[]> {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const name of names) {
    if (BOOKKEEPING.has(name)) continue;
    const match = /^(.*)_g(\d+)$/.exec(name);
    const [base, tableGeneration] = match ? [match[1]!, Number(match[2])] : [name, 0];
    if (tableGeneration !== generation) continue;
    const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((column) => column.name);
    dump[base] = db.prepare(`SELECT ${columns.join(', ')} FROM ${name} ORDER BY ${columns.join(', ')}`).all();
  }
  return dump;
}
