import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { eventTypeNameKind, reservedNameMessage } from '#ledger-domain';

/**
 * `event_type`: a known type, or a custom one by its exact name. Refused (so that a client's typo
 * is a 400, not an empty page): a name no event can have (not upper snake case, 3..64
 * characters) and an unknown name in a known type's namespace (RULE_CREATE, LIMIT_DELETE, …),
 * which custom types may not use (see eventTypeNameKind).
 */
export function IsEventTypeFilter(validationOptions?: ValidationOptions): PropertyDecorator {
  const kind = (value: unknown) => (typeof value === 'string' ? eventTypeNameKind(value) : 'malformed');
  return ValidateBy(
    {
      name: 'isEventTypeFilter',
      validator: {
        validate: (value: unknown) => kind(value) === 'known' || kind(value) === 'custom',
        defaultMessage: (args?: ValidationArguments) =>
          kind(args?.value) === 'reserved'
            ? reservedNameMessage(args!.property, args!.value as string)
            : `${args?.property ?? 'event_type'} must be an event type: upper snake case, 3 to 64 characters (^[A-Z][A-Z0-9_]{2,63}$)`,
      },
    },
    validationOptions,
  );
}
