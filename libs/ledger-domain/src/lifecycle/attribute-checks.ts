import type { Violation } from '../errors/violation.js';
import { formatJsonPath } from '../validation/json-path.js';

/** An after-image as sent: a plain object whose members are not yet known to be anything. */
export type AfterImage = Record<string, unknown>;

const pathOf = (member: string) => formatJsonPath('context.after', [member]);
const own = (after: AfterImage, member: string) => (Object.hasOwn(after, member) ? after[member] : undefined);

/** A required string member of at most `maxLength` characters, non-empty when `nonEmpty`. */
export function checkTextAttribute(after: AfterImage, member: string, rule: { maxLength: number; nonEmpty: boolean }, violations: Violation[]): void {
  const path = pathOf(member);
  const value = own(after, member);
  const problem =
    value === undefined
      ? `${path} is required`
      : typeof value !== 'string'
        ? `${path} must be a string`
        : rule.nonEmpty && value.length === 0
          ? `${path} must not be empty`
          : value.length > rule.maxLength
            ? `${path} must be at most ${rule.maxLength} characters (it has ${value.length})`
            : undefined;
  if (problem !== undefined) violations.push({ path, message: problem });
}

/** A required member that must be one of `allowed`. */
export function checkOneOfAttribute(after: AfterImage, member: string, allowed: readonly string[], violations: Violation[]): void {
  const path = pathOf(member);
  const value = own(after, member);
  if (typeof value === 'string' && allowed.includes(value)) return;
  const message = value === undefined ? `${path} is required: one of ${allowed.join(', ')}` : `${path} must be one of ${allowed.join(', ')}`;
  violations.push({ path, message });
}

/** A required string member matching `pattern`; `expected` describes it to the client. */
export function checkPatternAttribute(after: AfterImage, member: string, pattern: RegExp, expected: string, violations: Violation[]): void {
  const path = pathOf(member);
  const value = own(after, member);
  if (typeof value === 'string' && pattern.test(value)) return;
  violations.push({ path, message: value === undefined ? `${path} is required: ${expected}` : `${path} must be ${expected}` });
}

/** An optional member that, when present, must be an array. */
export function checkOptionalArrayAttribute(after: AfterImage, member: string, violations: Violation[]): void {
  const value = own(after, member);
  if (value !== undefined && !Array.isArray(value)) violations.push({ path: pathOf(member), message: `${pathOf(member)} must be an array when present` });
}
