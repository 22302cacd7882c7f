import type { ValidationError } from 'class-validator';
import { RequestRejectedError, SERVER_ASSIGNED_MEMBERS, type Violation } from '#ledger-domain';

const SERVER_ASSIGNED = new Set<string>(SERVER_ASSIGNED_MEMBERS);

/** For the global ValidationPipe: class-validator's nested errors → one 400 naming every field path. */
export function validationExceptionFactory(errors: ValidationError[]): RequestRejectedError {
  return new RequestRejectedError(validationViolations(errors));
}

/** class-validator errors as violations with field paths, under an optional prefix. */
export function validationViolations(errors: ValidationError[], prefix = ''): Violation[] {
  const violations: Violation[] = [];
  collect(errors, prefix, violations);
  return violations;
}

function collect(errors: ValidationError[], prefix: string, out: Violation[]): void {
  for (const error of errors) {
    const path = join(prefix, error.property);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      if (constraint === 'whitelistValidation') {
        out.push({
          path,
          message: SERVER_ASSIGNED.has(error.property)
            ? `${error.property} is assigned by the ledger and must not be sent`
            : `${error.property} is not a member of this request`,
        });
      } else {
        out.push({ path, message });
      }
    }
    if (error.children?.length) collect(error.children, path, out);
  }
}

function join(prefix: string, property: string): string {
  if (/^\d+$/.test(property)) return `${prefix}[${property}]`;
  return prefix ? `${prefix}.${property}` : property;
}
