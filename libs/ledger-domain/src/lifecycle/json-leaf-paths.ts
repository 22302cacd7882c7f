import { formatJsonPath, type JsonPathStep } from '../validation/json-path.js';

/**
 * The path of every leaf below a JSON value, from `root`, in member/element order: strings,
 * numbers, booleans, null, and empty objects or arrays (which hold no leaf of their own, yet are
 * there). `{ a: 1, b: [{ c: 2 }], d: {} }` gives `a`, `b[0].c`, `d` with an empty root; a value
 * that is not a non-empty object or array has nothing below it and gives none.
 */
export function jsonLeafPaths(value: unknown, root: string): string[] {
  const paths: string[] = [];
  const steps: JsonPathStep[] = [];
  const walk = (node: unknown): void => {
    const children: [JsonPathStep, unknown][] =
      typeof node !== 'object' || node === null ? [] : Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    if (children.length === 0) {
      if (steps.length > 0) paths.push(formatJsonPath(root, steps));
      return;
    }
    for (const [step, child] of children) {
      steps.push(step);
      walk(child);
      steps.pop();
    }
  };
  walk(value);
  return paths;
}
