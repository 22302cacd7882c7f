import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { hasLoneSurrogate } from '#ledger-domain';

/** The longest id a record holds (resourceId, actor.id; the validation filters use the same bound). */
export const ID_FILTER_MAX_LENGTH = 256;

/**
 * An id filter (`resource_id`, `actor_id`, `account_id`, …): refused when no record can hold it —
 * empty, longer than {@link ID_FILTER_MAX_LENGTH}, or not Unicode text (a lone surrogate). Ids are
 * the emitters' own (`rule-7`, `tx-1`), so any other string may match and is looked up as it is.
 */
export function IsIdFilter(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdFilter',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length > 0 && value.length <= ID_FILTER_MAX_LENGTH && !hasLoneSurrogate(value),
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          const problem =
            typeof value !== 'string'
              ? 'must be given once, as a string'
              : value.length === 0
                ? 'must not be empty'
                : value.length > ID_FILTER_MAX_LENGTH
                  ? `must be at most ${ID_FILTER_MAX_LENGTH} characters (it has ${value.length})`
                  : 'must be Unicode text (it holds a lone surrogate)';
          return `${args?.property ?? 'the id'} ${problem}`;
        },
      },
    },
    validationOptions,
  );
}
