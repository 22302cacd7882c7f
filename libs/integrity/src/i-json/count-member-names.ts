/** A quote, JSON whitespace, then a colon: how a member name ends when it is not written `"name":`. */
const SPACED_NAME_END = /"[ \t\n\r]+:/;
const SPACED_NAME_ENDS = /"[ \t\n\r]*:/g;

/**
 * An upper bound on the member names in JSON text: every name ends with `"` then `:` (with JSON
 * whitespace between), so each name is one occurrence; a string value that starts with a colon, or
 * an escaped quote before a colon, adds one that is no name. Counted without allocating (indexOf)
 * when no name is followed by whitespace, the common case, else with one regex pass.
 * Precondition: `text` is valid JSON (JSON.parse accepted it).
 */
export function countMemberNameCandidates(text: string): number {
  if (SPACED_NAME_END.test(text)) return text.match(SPACED_NAME_ENDS)?.length ?? 0;
  let count = 0;
  for (let at = text.indexOf('":'); at !== -1; at = text.indexOf('":', at + 2)) count++;
  return count;
}

/**
 * How many members the objects of a parsed JSON value hold in all. JSON.parse keeps one member per
 * name, so when this equals {@link countMemberNameCandidates} of its text, no name occurred twice.
 * @throws SyntaxError for a `__proto__` member, or a `constructor` member holding `prototype`
 *   (prototype poisoning, refused as Fastify's own parser refuses it).
 */
export function countParsedMembers(value: unknown): number {
  let count = 0;
  if (Array.isArray(value)) {
    for (const element of value) if (element !== null && typeof element === 'object') count += countParsedMembers(element);
    return count;
  }
  const object = value as Record<string, unknown>;
  if (Object.hasOwn(object, '__proto__')) throw new SyntaxError('Object contains forbidden prototype property');
  // Own names only (Object.keys): inherited ones would make the count disagree with the text.
  const names = Object.keys(object);
  count = names.length;
  for (const name of names) {
    const member = object[name];
    if (member === null || typeof member !== 'object') continue;
    if (name === 'constructor' && Object.hasOwn(member, 'prototype')) throw new SyntaxError('Object contains forbidden prototype property');
    count += countParsedMembers(member);
  }
  return count;
}
