import type { Violation } from '../errors/violation.js';
import { checkOneOfAttribute, checkOptionalArrayAttribute, checkTextAttribute, type AfterImage } from './attribute-checks.js';

/** What a rule does to a transaction it matches. */
export const RULE_ACTIONS = ['ALLOW', 'DENY', 'REVIEW'] as const;
export const RULE_NAME_MAX_LENGTH = 256;
export const RULE_EXPRESSION_MAX_LENGTH = 8192;

/**
 * Checks the after-image of a successful RULE_CREATED or RULE_UPDATED: `name` a non-empty
 * string of at most 256 characters, `expression` a string of at most 8192, `action` one of
 * {@link RULE_ACTIONS}, `scopes` an array when present. Other members are free.
 * Appends one violation per bad member (`context.after.action`) to `violations`.
 */
export function checkRuleAttributes(after: AfterImage, violations: Violation[]): void {
  checkTextAttribute(after, 'name', { maxLength: RULE_NAME_MAX_LENGTH, nonEmpty: true }, violations);
  checkTextAttribute(after, 'expression', { maxLength: RULE_EXPRESSION_MAX_LENGTH, nonEmpty: false }, violations);
  checkOneOfAttribute(after, 'action', RULE_ACTIONS, violations);
  checkOptionalArrayAttribute(after, 'scopes', violations);
}
