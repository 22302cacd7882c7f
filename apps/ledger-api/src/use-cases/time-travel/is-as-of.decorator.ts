import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isRfc3339DateTime } from '#ledger-domain';

/** `as_of`: `seq:<n>` or an RFC 3339 date-time (see parseAsOf). */
export function IsAsOf(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAsOf',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (/^seq:\d{1,16}$/.test(value) || isRfc3339DateTime(value)),
        defaultMessage: () => 'as_of must be seq:<n> (a ledger sequence) or an RFC 3339 date-time such as 2026-11-22T10:00:00Z',
      },
    },
    validationOptions,
  );
}
