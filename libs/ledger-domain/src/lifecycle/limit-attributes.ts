import type { Violation } from '../errors/violation.js';
import { checkOneOfAttribute, checkOptionalArrayAttribute, checkPatternAttribute, type AfterImage } from './attribute-checks.js';

export const LIMIT_TYPES = ['PER_TRANSACTION', 'DAILY', 'WEEKLY', 'MONTHLY', 'CUSTOM'] as const;
/** A non-negative decimal: up to 30 integer digits and 18 fraction digits. */
export const DECIMAL_AMOUNT_PATTERN = /^\d{1,30}(\.\d{1,18})?$/;
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;

/**
 * Checks the after-image of a successful LIMIT_CREATED or LIMIT_UPDATED: `limitType` one of
 * {@link LIMIT_TYPES}, `maxAmount` a decimal string ({@link DECIMAL_AMOUNT_PATTERN}; a JSON number
 * is refused, since binary floating point loses digits), `currency` three capital letters,
 * `scopes` an array when present. Other members are free.
 * Appends one violation per bad member (`context.after.maxAmount`) to `violations`.
 */
export function checkLimitAttributes(after: AfterImage, violations: Violation[]): void {
  checkOneOfAttribute(after, 'limitType', LIMIT_TYPES, violations);
  if (typeof after['maxAmount'] === 'number') {
    violations.push({
      path: 'context.after.maxAmount',
      message: 'context.after.maxAmount must be a string such as "1500.00", not a number: decimals travel as strings so that no digit is lost',
    });
  } else {
    const expected = 'a non-negative decimal string of at most 30 digits and 18 decimals, such as "1500.00"';
    checkPatternAttribute(after, 'maxAmount', DECIMAL_AMOUNT_PATTERN, expected, violations);
  }
  checkPatternAttribute(after, 'currency', CURRENCY_CODE_PATTERN, 'an ISO 4217 currency code: three capital letters, such as BRL', violations);
  checkOptionalArrayAttribute(after, 'scopes', violations);
}
