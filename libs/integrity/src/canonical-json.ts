/** Raised when a value cannot be represented in RFC 8785 canonical JSON. */
export class CanonicalizationError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'CanonicalizationError';
  }
}

/** Deeper than this is refused (and is how a cycle shows up): far beyond any record's limit. */
const MAX_DEPTH = 1000;
const SURROGATE = /[\uD800-\uDFFF]/;
// A lone (unpaired) UTF-16 surrogate: not valid I-JSON (RFC 7493), so RFC 8785 cannot serialize it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Raised inside the walk; the path is assembled only on the way out, so the happy path builds none. */
class Failure {
  constructor(
    readonly segments: string[],
    readonly reason: string,
  ) {}
}

/**
 * RFC 8785 JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their
 * names, no whitespace, numbers in ECMAScript's shortest round-trip form, strings escaped as
 * ECMAScript's JSON.stringify does (which is what RFC 8785 §3.2.2.2 prescribes).
 * @throws CanonicalizationError naming the JSON path, for non-finite numbers, undefined,
 *   functions, symbols, bigints, non-plain objects, lone surrogates and cycles.
 */
export function canonicalize(value: unknown): string {
  try {
    return fast(value, 0);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
  }
  // Only for values that cannot be serialized: walk again, tracking where the problem is.
  try {
    return serialize(value, 0);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    throw new CanonicalizationError('$' + error.segments.reverse().join(''), error.reason);
  }
}

const FAIL = new Failure([], '');

/** The happy path: no path bookkeeping, no per-member try/catch. */
function fast(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) throw FAIL;
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw FAIL;
      // ECMAScript Number::toString, which is RFC 8785's number form (and maps -0 to "0").
      return '' + value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (depth >= MAX_DEPTH) throw FAIL;
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + fast(value[i], depth + 1);
        return out + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw FAIL;
      const keys = Object.keys(value).sort();
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (SURROGATE.test(key) && LONE_SURROGATE.test(key)) throw FAIL;
        out += (i > 0 ? ',' : '') + quoted(key) + ':' + fast((value as Record<string, unknown>)[key], depth + 1);
      }
      return out + '}';
    }
    default:
      throw FAIL;
  }
}

// Member names repeat across records: quote each once.
const quotedNames = new Map<string, string>();
function quoted(name: string): string {
  let q = quotedNames.get(name);
  if (q === undefined) {
    q = JSON.stringify(name);
    if (quotedNames.size < 10_000) quotedNames.set(name, q);
  }
  return q;
}

function serialize(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) throw new Failure([], 'string contains a lone surrogate');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Failure([], `${value} is not a JSON number`);
      // Number-to-string of ECMAScript (RFC 8785 §3.2.2.3); JSON.stringify also maps -0 to 0.
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (depth >= MAX_DEPTH) throw new Failure([], 'nested too deeply (or cyclic structure)');
      return Array.isArray(value) ? serializeArray(value, depth + 1) : serializeObject(value, depth + 1);
    default:
      throw new Failure([], `${typeof value} is not a JSON value`);
  }
}

function serializeArray(value: readonly unknown[], depth: number): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    try {
      out += serialize(value[i], depth);
    } catch (error) {
      if (error instanceof Failure) error.segments.push(`[${i}]`);
      throw error;
    }
  }
  return out + ']';
}

function serializeObject(value: object, depth: number): string {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new Failure([], `${proto?.constructor?.name ?? 'object'} is not a plain JSON object`);
  }
  // Default sort compares UTF-16 code units, exactly RFC 8785 §3.2.3.
  const keys = Object.keys(value).sort();
  const record = value as Record<string, unknown>;
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0) out += ',';
    try {
      if (SURROGATE.test(key) && LONE_SURROGATE.test(key)) throw new Failure([], 'member name contains a lone surrogate');
      out += JSON.stringify(key) + ':' + serialize(record[key], depth);
    } catch (error) {
      if (error instanceof Failure) error.segments.push(`.${key}`);
      throw error;
    }
  }
  return out + '}';
}
