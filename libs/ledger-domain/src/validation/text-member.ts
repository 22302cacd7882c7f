import type { Violation } from '../errors/violation.js';
import { hasLoneSurrogate, LONE_SURROGATE_MESSAGE } from './well-formed-unicode.js';

/**
 * Reads one text member (`resourceId`, `actor.name`, …): absent (undefined) is fine unless
 * `required`; otherwise it must be a non-empty string of at most `maxLength` characters without
 * lone surrogates. Null is refused: a record never holds null, an optional member is left out.
 * @returns the string when it is acceptable, else undefined (and a violation at `path` is added).
 */
export function readTextMember(
  value: unknown,
  path: string,
  rule: { maxLength: number; required: boolean },
  violations: Violation[],
): string | undefined {
  if (value === undefined) {
    if (rule.required) violations.push({ path, message: `${path} is required` });
    return undefined;
  }
  const problem =
    value === null
      ? `${path} must not be null${rule.required ? '' : '; leave it out instead'}`
      : typeof value !== 'string'
        ? `${path} must be a string`
        : value.length === 0
          ? `${path} must not be empty`
          : value.length > rule.maxLength
            ? `${path} must be at most ${rule.maxLength} characters (it has ${value.length})`
            : hasLoneSurrogate(value)
              ? `${path} ${LONE_SURROGATE_MESSAGE}`
              : undefined;
  if (problem === undefined) return value as string;
  violations.push({ path, message: problem });
  return undefined;
}
