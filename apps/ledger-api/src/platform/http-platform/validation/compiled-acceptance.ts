import { getMetadataStorage, ValidationTypes, type ValidationArguments, type ValidatorOptions } from 'class-validator';
import type { ConstraintMetadata } from 'class-validator/types/metadata/ConstraintMetadata.js';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';

/** Answers whether class-validator's `validateSync(object, options)` would return no errors; false means "ask class-validator". */
export type Acceptance = (object: object) => boolean;

/** A class whose decorators class-validator recorded (getTargetValidationMetadatas takes the constructor). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- class-validator's own parameter type
type DtoClass = Function;

/** The one option set compiled: the API's (whitelist, forbidNonWhitelisted, stopAtFirstError; no groups, skips or custom error shape). */
type SupportedOptions = Pick<ValidatorOptions, 'whitelist' | 'forbidNonWhitelisted' | 'stopAtFirstError'>;

interface PropertyCheck {
  name: string;
  /** @IsOptional and @ValidateIf conditions: the property is checked only when all hold. */
  conditions: ((object: object, value: unknown) => boolean)[];
  /** Each built-in or custom constraint's own validate function, with the arguments class-validator passes. */
  constraints: { metadata: ValidationMetadata; validate: (value: unknown, args: ValidationArguments) => unknown }[];
  nested: boolean;
}

/**
 * The fast path of a DTO check, generated from the class-validator decorators themselves (the
 * metadata class-validator keeps) so that it holds exactly the same rules: a function that answers
 * true only when `validateSync` with these options would find nothing wrong, by calling the same
 * constraint functions (isString, maxLength, matches, isIn, the custom ones…) with the same
 * arguments, without building ValidationError trees or re-reading the metadata on every call
 * (class-validator filters and groups the whole metadata store per object it validates; that,
 * not the checks, was most of its cost on the batch hot path). When the answer is false, or for
 * any decorator feature it does not model (groups, `each`, async constraints, promises, arrays of
 * nested objects), the caller runs class-validator, whose errors are what clients see: the fast
 * path can only skip a check that would have passed. One shared corpus runs through both in
 * audit-event-dto.spec.ts and requires identical verdicts.
 * @throws Error for options other than whitelist/forbidNonWhitelisted/stopAtFirstError.
 */
export function compileAcceptance(target: new () => object, options: SupportedOptions): Acceptance {
  const unsupported = Object.keys(options).filter((key) => !['whitelist', 'forbidNonWhitelisted', 'stopAtFirstError'].includes(key));
  if (unsupported.length > 0 || options.whitelist !== true || options.forbidNonWhitelisted !== true) {
    throw new Error(`compileAcceptance models whitelist + forbidNonWhitelisted only, not ${JSON.stringify(options)}`);
  }
  const compiled = new Map<DtoClass, Acceptance>();
  const acceptanceOf = (constructor: DtoClass): Acceptance => {
    let acceptance = compiled.get(constructor);
    if (!acceptance) {
      // Set before compiling, so that a self-referencing DTO resolves to itself.
      compiled.set(constructor, (object) => acceptance!(object));
      acceptance = compileClass(constructor, acceptanceOf) ?? (() => false);
      compiled.set(constructor, acceptance);
    }
    return acceptance;
  };
  return acceptanceOf(target);
}

/** Undefined when the class uses something this does not model: every object is then left to class-validator. */
function compileClass(target: DtoClass, acceptanceOf: (constructor: DtoClass) => Acceptance): Acceptance | undefined {
  const storage = getMetadataStorage();
  // As the executor asks for a class's rules (no schema, groups or `always`); schema-registered rules are not used here.
  const metadatas = storage.getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined);
  // forbidUnknownValues (class-validator's default): an object of a class without rules is an error.
  if (metadatas.length === 0) return undefined;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of metadatas) byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  const checks: PropertyCheck[] = [];
  for (const [name, list] of byProperty) {
    const check: PropertyCheck = { name, conditions: [], constraints: [], nested: false };
    for (const metadata of list) {
      if (metadata.each || metadata.always !== undefined || (metadata.groups?.length ?? 0) > 0) return undefined;
      switch (metadata.type) {
        case ValidationTypes.CONDITIONAL_VALIDATION:
          check.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
          break;
        case ValidationTypes.IS_DEFINED:
        case ValidationTypes.CUSTOM_VALIDATION: {
          if (metadata.validateIf) return undefined;
          const constraints: ConstraintMetadata[] = storage.getTargetValidatorConstraints(metadata.constraintCls);
          if (constraints.some((constraint) => constraint.async)) return undefined;
          for (const constraint of constraints) {
            const { instance } = constraint as { instance: { validate: (value: unknown, args: ValidationArguments) => unknown } };
            check.constraints.push({ metadata, validate: instance.validate.bind(instance) });
          }
          break;
        }
        case ValidationTypes.NESTED_VALIDATION:
          check.nested = true;
          break;
        case ValidationTypes.WHITELIST:
          break;
        default:
          return undefined; // promise validation and anything newer
      }
    }
    checks.push(check);
  }
  const allowed = new Set(byProperty.keys());
  const targetName = target.name;

  return (object) => {
    for (const key of Object.keys(object)) if (!allowed.has(key)) return false;
    for (const check of checks) {
      const value = (object as Record<string, unknown>)[check.name];
      if (!check.conditions.every((condition) => condition(object, value))) continue;
      for (const { metadata, validate } of check.constraints) {
        const args: ValidationArguments = { targetName, property: metadata.propertyName, object, value, constraints: metadata.constraints };
        const valid = validate(value, args);
        // class-validator counts any truthy answer as valid; a promise (an async check) is left to it.
        if (!valid || typeof (valid as { then?: unknown }).then === 'function') return false;
      }
      if (check.nested && value !== undefined) {
        if (!(value instanceof Object) || Array.isArray(value) || value instanceof Set || value instanceof Map) return false;
        if (!acceptanceOf(value.constructor)(value)) return false;
      }
    }
    return true;
  };
}
