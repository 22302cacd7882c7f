import { formatJsonPath, type JsonPathStep } from '../validation/json-path.js';

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** One place where two JSON values differ; `left`/`right` say what each side holds there (undefined: nothing). */
export interface JsonDifference {
  path: string;
  left: JsonKind | undefined;
  right: JsonKind | undefined;
}

/**
 * Where `left` and `right` differ, walking objects member by member and arrays element by
 * element: a member or element on one side only is reported at its own path, different kinds
 * or values at the leaf. Numbers compare by value (`1` and `1.0` are equal). Paths are made
 * with formatJsonPath from `root`; the order is left's members first, then right's extra ones.
 * Precondition: both are JSON values (as JSON.parse makes them), nested no deeper than the stack allows.
 */
export function jsonDifferences(left: unknown, right: unknown, root: string): JsonDifference[] {
  const differences: JsonDifference[] = [];
  const steps: JsonPathStep[] = [];
  const report = (l: unknown, r: unknown) =>
    differences.push({ path: formatJsonPath(root, steps), left: kindOrNothing(l), right: kindOrNothing(r) });

  const walk = (l: unknown, r: unknown): void => {
    const kind = jsonKindOf(l);
    if (kind !== jsonKindOf(r)) return void report(l, r);
    if (kind === 'object') {
      const lo = l as Record<string, unknown>;
      const ro = r as Record<string, unknown>;
      for (const key of Object.keys(lo)) descend(key, lo[key], Object.hasOwn(ro, key) ? ro[key] : undefined);
      for (const key of Object.keys(ro)) if (!Object.hasOwn(lo, key)) descend(key, undefined, ro[key]);
    } else if (kind === 'array') {
      const la = l as unknown[];
      const ra = r as unknown[];
      for (let i = 0; i < Math.max(la.length, ra.length); i++) descend(i, la[i], ra[i]);
    } else if (l !== r) report(l, r);
  };
  // JSON holds no undefined, so undefined means "nothing on this side".
  const descend = (step: JsonPathStep, l: unknown, r: unknown) => {
    steps.push(step);
    if (l === undefined || r === undefined) report(l, r);
    else walk(l, r);
    steps.pop();
  };

  walk(left, right);
  return differences;
}

function kindOrNothing(value: unknown): JsonKind | undefined {
  return value === undefined ? undefined : jsonKindOf(value);
}

/** The JSON kind of a JSON value. */
export function jsonKindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value as JsonKind;
}
