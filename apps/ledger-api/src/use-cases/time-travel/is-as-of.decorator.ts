import { ValidateBy, type ValidationOptions } from 'class-validator';
import { AS_OF_MESSAGE, tryParseAsOf } from './as-of.js';

/** `as_of`: `seq:<n>` or an RFC 3339 date-time, by the one grammar of parseAsOf. */
export function IsAsOf(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAsOf',
      validator: {
        validate: (value: unknown) => tryParseAsOf(value) !== undefined,
        defaultMessage: () => AS_OF_MESSAGE,
      },
    },
    validationOptions,
  );
}
