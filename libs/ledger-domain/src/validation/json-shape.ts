import type { Violation } from '../errors/violation.js';
import type { JsonObject } from '../json-value.js';
import type { AuditEventLimits } from './audit-event-limits.js';
import { formatJsonPath, type JsonPathStep } from './json-path.js';
import { hasLoneSurrogate, LONE_SURROGATE_MESSAGE } from './well-formed-unicode.js';

/** An object as JSON.parse makes it (not an array, a Date, a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks free-form JSON (context, metadata) against the limits: nesting depth, entries per
 * object/array, string and member-name length, lone surrogates, and values JSON cannot carry.
 * Appends one violation per offending path to `violations`; does not descend past a violation.
 */
export function checkJsonShape(value: unknown, root: string, limits: AuditEventLimits, violations: Violation[]): void {
  // Path steps are kept as a stack and joined only when something is wrong: the happy path builds no strings.
  const steps: JsonPathStep[] = [];
  const report = (message: string) => violations.push({ path: formatJsonPath(root, steps), message });

  const walk = (node: unknown, depth: number): void => {
    switch (typeof node) {
      case 'string':
        if (node.length > limits.maxStringLength) report(`string is ${node.length} characters; the limit is ${limits.maxStringLength}`);
        else if (hasLoneSurrogate(node)) report(`string ${LONE_SURROGATE_MESSAGE}`);
        return;
      case 'number':
        if (!Number.isFinite(node)) report('numbers must be finite (NaN and Infinity are not JSON)');
        return;
      case 'boolean':
        return;
      case 'object':
        if (node === null) return;
        break;
      default:
        report(`${typeof node} is not a JSON value`);
        return;
    }
    if (depth > limits.maxDepth) return void report(`nested deeper than ${limits.maxDepth} levels, the limit for context and metadata`);
    if (Array.isArray(node)) {
      if (node.length > limits.maxEntries) return void report(`array has ${node.length} elements; the limit is ${limits.maxEntries}`);
      for (let i = 0; i < node.length; i++) descend(i, node[i], depth);
      return;
    }
    if (!isPlainObject(node)) return void report('must be a plain JSON object');
    const keys = Object.keys(node);
    if (keys.length > limits.maxEntries) return void report(`object has ${keys.length} members; the limit is ${limits.maxEntries}`);
    for (const key of keys) {
      if (key.length > limits.maxStringLength) descend(key, undefined, depth, `member name is ${key.length} characters; the limit is ${limits.maxStringLength}`);
      else if (hasLoneSurrogate(key)) descend(key, undefined, depth, `member name ${LONE_SURROGATE_MESSAGE}`);
      else descend(key, node[key], depth);
    }
  };
  const descend = (step: JsonPathStep, child: unknown, depth: number, problem?: string) => {
    steps.push(step);
    if (problem === undefined) walk(child, depth + 1);
    else report(problem);
    steps.pop();
  };

  walk(value, 1);
}

/**
 * Reads `context` or `metadata`: it must be a JSON object, and its content must pass
 * {@link checkJsonShape}. Returns the object when it is one (even with problems inside, so that
 * the record size can still be measured), else undefined.
 */
export function readJsonObject(value: unknown, root: string, limits: AuditEventLimits, violations: Violation[]): JsonObject | undefined {
  if (!isPlainObject(value)) {
    const message = value === undefined ? `${root} is required: a JSON object, possibly empty` : `${root} must be a JSON object`;
    violations.push({ path: root, message });
    return undefined;
  }
  checkJsonShape(value, root, limits, violations);
  return value as JsonObject;
}
