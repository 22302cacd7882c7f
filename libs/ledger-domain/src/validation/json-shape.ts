import type { Violation } from '../errors/ledger-error.js';
import type { AuditEventLimits } from './audit-event-input.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** True when the string cannot be hashed (RFC 8785 needs well-formed Unicode). */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/**
 * Walks free-form JSON (context, metadata): depth, string lengths, lone surrogates, and values
 * JSON cannot carry. Reports at most one violation per offending path, and stops descending
 * past the depth limit.
 */
export function checkJsonShape(value: unknown, path: string, limits: AuditEventLimits, violations: Violation[], depth = 1): void {
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) {
      violations.push({ path, message: `string longer than ${limits.maxStringLength} characters` });
    } else if (hasLoneSurrogate(value)) {
      violations.push({ path, message: 'string contains a lone UTF-16 surrogate (not valid Unicode)' });
    }
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) violations.push({ path, message: 'numbers must be finite' });
    return;
  }
  if (value === null || typeof value === 'boolean') return;
  if (typeof value !== 'object') {
    violations.push({ path, message: `${typeof value} is not a JSON value` });
    return;
  }
  if (depth > limits.maxDepth) {
    violations.push({ path, message: `nested deeper than ${limits.maxDepth} levels` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkJsonShape(item, `${path}[${i}]`, limits, violations, depth + 1));
    return;
  }
  if (!isPlainObject(value)) {
    violations.push({ path, message: 'must be a plain JSON object' });
    return;
  }
  for (const [key, member] of Object.entries(value)) {
    if (key.length > limits.maxStringLength || hasLoneSurrogate(key)) {
      violations.push({ path: `${path}.${key.slice(0, 64)}`, message: 'member name too long or not valid Unicode' });
      continue;
    }
    checkJsonShape(member, `${path}.${key}`, limits, violations, depth + 1);
  }
}
