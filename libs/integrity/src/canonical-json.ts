/** Raised when a value cannot be represented in RFC 8785 canonical JSON. */
export class CanonicalizationError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'CanonicalizationError';
  }
}

// A lone (unpaired) UTF-16 surrogate: not valid I-JSON (RFC 7493), so RFC 8785 cannot serialize it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * RFC 8785 JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their
 * names, no whitespace, numbers in ECMAScript's shortest round-trip form, strings escaped as
 * ECMAScript's JSON.stringify does (which is what RFC 8785 §3.2.2.2 prescribes).
 * @throws CanonicalizationError naming the JSON path, for non-finite numbers, undefined,
 *   functions, symbols, bigints, non-plain objects, lone surrogates and cycles.
 */
export function canonicalize(value: unknown): string {
  return serialize(value, '$', new Set());
}

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new CanonicalizationError(path, 'string contains a lone surrogate');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalizationError(path, `${value} is not a JSON number`);
      // Number-to-string of ECMAScript (RFC 8785 §3.2.2.3); JSON.stringify also maps -0 to 0.
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serializeContainer(value, path, ancestors);
    default:
      throw new CanonicalizationError(path, `${typeof value} is not a JSON value`);
  }
}

function serializeContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalizationError(path, 'cyclic structure');
  ancestors.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += serialize(value[i], `${path}[${i}]`, ancestors);
    }
    out += ']';
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalizationError(path, `${proto?.constructor?.name ?? 'object'} is not a plain JSON object`);
    }
    // Default sort compares UTF-16 code units, exactly RFC 8785 §3.2.3.
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (LONE_SURROGATE.test(key)) throw new CanonicalizationError(`${path}.${key}`, 'member name contains a lone surrogate');
      if (i > 0) out += ',';
      out += JSON.stringify(key) + ':' + serialize(record[key], `${path}.${key}`, ancestors);
    }
    out += '}';
  }
  ancestors.delete(value);
  return out;
}
