/**
 * RFC 8785 (JCS) canonical JSON, written for the console so the auditor's check does not reuse the
 * server's code: no whitespace, object members sorted by the UTF-16 code units of their names,
 * numbers and strings serialized as ECMAScript's JSON.stringify does (RFC 8785 §3.2.2 adopts it).
 * @throws TypeError for values JSON cannot carry: NaN, ±Infinity, undefined, functions, bigints, symbols.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 has no form for ${value}`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      return canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`RFC 8785 has no form for a ${typeof value}`);
  }
}

function canonicalObject(object: Record<string, unknown>): string {
  // Array.prototype.sort compares strings by UTF-16 code units: exactly RFC 8785 §3.2.3's order.
  const names = Object.keys(object).sort();
  return `{${names.map((name) => `${JSON.stringify(name)}:${canonicalJson(object[name])}`).join(',')}}`;
}
