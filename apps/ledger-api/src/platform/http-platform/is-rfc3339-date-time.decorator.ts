import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isRfc3339DateTime } from '#ledger-domain';

/**
 * An RFC 3339 date-time by the domain's one rule (isRfc3339DateTime: a real calendar date, an
 * offset, no leap second `:60`), so that every timestamp a request carries — occurredAt,
 * start_date, end_date, as_of — is accepted or refused alike, with the same code.
 */
export function IsRfc3339DateTime(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRfc3339DateTime',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRfc3339DateTime(value),
        // The domain's own words for occurredAt (normalizeAuditEvent), for every timestamp.
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an RFC 3339 date-time with a time offset, e.g. 2026-11-22T10:00:00.000Z`,
      },
    },
    validationOptions,
  );
}
