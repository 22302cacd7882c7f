import { MAX_CANONICAL_DEPTH, locateCanonicalizationFailure } from './canonicalization-failure.js';
import { memberOrder } from './canonical-member-order.js';
import { isPlainJsonObject } from './plain-json-object.js';
import { quoteJsonString } from './json-string.js';

/** Thrown inside the fast path only; never escapes this module. */
const NOT_CANONICALIZABLE = new Error('not canonicalizable');

/**
 * RFC 8785 JSON Canonicalization Scheme: no whitespace; object members sorted by the UTF-16 code
 * units of their names; numbers as ECMAScript's Number-to-string writes them (shortest round trip,
 * `-0` as `0`, §3.2.2.3); strings escaped as ECMAScript's JSON.stringify escapes them (§3.2.2.2).
 * The caller hashes the UTF-8 bytes of the result.
 * @throws CanonicalizationError, naming the JSON path, for non-finite numbers, `undefined`
 *   (also as a member's value), functions, symbols, bigints, objects that are not plain (Date,
 *   Map, class instances…), strings or member names with a lone surrogate, cyclic structures and
 *   nesting deeper than 1000 levels. Symbol-keyed and non-enumerable properties are not JSON
 *   members and are ignored, as JSON.stringify ignores them.
 */
export function canonicalize(value: unknown): string {
  try {
    return write(value, 0);
  } catch (error) {
    if (error !== NOT_CANONICALIZABLE) throw error;
  }
  // Only for values that cannot be serialized: walk again, keeping track of where the problem is.
  throw locateCanonicalizationFailure(value);
}

function write(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string': {
      const quoted = quoteJsonString(value);
      if (quoted === undefined) throw NOT_CANONICALIZABLE;
      return quoted;
    }
    case 'number':
      if (!Number.isFinite(value)) throw NOT_CANONICALIZABLE;
      return '' + value; // ECMAScript Number::toString
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      // A cycle also ends here; the slow walk then reports it as one.
      if (depth >= MAX_CANONICAL_DEPTH) throw NOT_CANONICALIZABLE;
      return Array.isArray(value) ? writeArray(value, depth + 1) : writeObject(value, depth + 1);
    default:
      throw NOT_CANONICALIZABLE;
  }
}

function writeArray(value: readonly unknown[], depth: number): string {
  if (value.length === 0) return '[]';
  let out = '[' + write(value[0], depth);
  for (let i = 1; i < value.length; i++) out += ',' + write(value[i], depth);
  return out + ']';
}

function writeObject(value: object, depth: number): string {
  if (!isPlainJsonObject(value)) throw NOT_CANONICALIZABLE;
  const names = Object.keys(value);
  if (names.length === 0) return '{}';
  const order = memberOrder(names);
  if (order === undefined) throw NOT_CANONICALIZABLE;
  let out = '';
  for (let i = 0; i < order.names.length; i++) {
    out += order.heads[i]! + write((value as Record<string, unknown>)[order.names[i]!], depth);
  }
  return out + '}';
}
