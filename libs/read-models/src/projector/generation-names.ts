import { sqlTableName } from './sql-table-name.js';

/**
 * The name of a table of a read model's generation: generation 0 (the read model as first built)
 * keeps the base name; a rebuild builds generation n into `<base>_g<n>` beside the live one.
 * @throws RangeError for a generation that is not a non-negative integer.
 */
export function generationTable(base: string, generation: number): string {
  if (!Number.isSafeInteger(generation) || generation < 0) throw new RangeError(`not a generation: ${generation}`);
  return sqlTableName(generation === 0 ? base : `${base}_g${generation}`);
}

/** The checkpoint name of a read model's generation: `<name>` for 0, `<name>@g<n>` after. */
export function generationProjectionName(name: string, generation: number): string {
  return generation === 0 ? name : `${name}@g${generation}`;
}

/** The read model a checkpoint name belongs to (the inverse of generationProjectionName's first part). */
export function readModelNameOf(projectionName: string): string {
  return projectionName.replace(/@g\d+$/, '');
}

/** The generation a checkpoint name stands for: n for `<name>@g<n>`, 0 for `<name>`. */
export function generationOfProjection(projectionName: string): number {
  const match = /@g(\d+)$/.exec(projectionName);
  return match ? Number(match[1]) : 0;
}
