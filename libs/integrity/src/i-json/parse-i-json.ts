import { isUtf8 } from 'node:buffer';
import { countMemberNameCandidates, countParsedMembers } from './count-member-names.js';
import { firstInvalidUtf8Offset } from './first-invalid-utf8-offset.js';
import { IJsonError } from './i-json-error.js';
import { jsonPositionAtEnd, scanJsonMembers } from './scan-json-members.js';

/**
 * Parses bytes as I-JSON (RFC 7493 §2): well-formed UTF-8 (no U+FFFD stands in for a bad byte) and
 * no object naming a member twice, at any depth — so that what is recorded is what was sent and
 * reads the same in every JSON parser. `__proto__` and `constructor.prototype` members are refused
 * too (prototype poisoning). A leading BOM is ignored.
 * Beside JSON.parse it costs a native UTF-8 check, a count of the parsed members and one count over
 * the text; the character-by-character scan runs only when the counts differ
 * (`node dist/bench/i-json-parse.js` measures it).
 * @throws IJsonError with the reason and, for bad bytes and repeated names, where.
 */
export function parseIJson(bytes: Buffer): unknown {
  if (bytes.length === 0) throw new IJsonError('empty');
  if (!isUtf8(bytes)) throw notUtf8(bytes);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IJsonError('not-json');
  }
  if (value === null || typeof value !== 'object') return value;
  let members: number;
  try {
    members = countParsedMembers(value);
  } catch {
    throw new IJsonError('prototype-poisoning');
  }
  // JSON.parse keeps one member per name: as many members as possible names in the text means no
  // repeats. Otherwise (a repeat, or a value that merely looks like a name's end) the scan decides.
  if (members !== countMemberNameCandidates(text)) {
    const problem = scanJsonMembers(text);
    if (problem !== undefined) throw new IJsonError(problem.kind, problem.steps);
  }
  return value;
}

/** The error for bytes that are not UTF-8, naming where the first bad byte sits in the document. */
function notUtf8(bytes: Buffer): IJsonError {
  const offset = firstInvalidUtf8Offset(bytes);
  // The bytes before the bad one are well-formed, so they decode to the document's prefix.
  return new IJsonError('not-utf8', jsonPositionAtEnd(bytes.subarray(0, offset).toString('utf8')).steps, offset);
}
