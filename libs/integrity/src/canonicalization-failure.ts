import { CanonicalizationError } from './canonicalization-error.js';
import { isPlainJsonObject } from './plain-json-object.js';
import { quoteJsonString } from './json-string.js';

/** Deeper nesting is refused: far beyond any record's own limit, and well within the call stack. */
export const MAX_CANONICAL_DEPTH = 1000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Walks a value that failed to canonicalize and names the first offending place and why.
 * Slow (it builds paths and tracks ancestors), so it runs only after the fast path has failed.
 */
export function locateCanonicalizationFailure(value: unknown): CanonicalizationError {
  return (
    find(value, [], new Map()) ??
    new CanonicalizationError('$', 'the value changed while it was being canonicalized')
  );
}

/** `ancestors` maps each object on the current path to the path length at which it was entered. */
function find(value: unknown, path: string[], ancestors: Map<object, number>): CanonicalizationError | undefined {
  const fail = (reason: string) => new CanonicalizationError('$' + path.join(''), reason);
  switch (typeof value) {
    case 'string':
      return quoteJsonString(value) === undefined ? fail('string contains a lone surrogate (not valid I-JSON)') : undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : fail(`${value} is not a JSON number`);
    case 'boolean':
      return undefined;
    case 'undefined':
      return fail('undefined is not a JSON value (omit the member instead)');
    case 'object': {
      if (value === null) return undefined;
      const entered = ancestors.get(value);
      if (entered !== undefined) return fail(`cyclic structure: refers back to ${'$' + path.slice(0, entered).join('')}`);
      if (ancestors.size >= MAX_CANONICAL_DEPTH) return fail(`nested deeper than ${MAX_CANONICAL_DEPTH} levels`);
      if (!Array.isArray(value) && !isPlainJsonObject(value)) {
        const kind = (Object.getPrototypeOf(value) as { constructor?: { name?: string } }).constructor?.name || 'object';
        return fail(`${kind} is not a plain JSON object`);
      }
      ancestors.set(value, path.length);
      const found = Array.isArray(value) ? findInArray(value, path, ancestors) : findInObject(value, path, ancestors);
      ancestors.delete(value);
      return found;
    }
    default:
      return fail(`${typeof value} is not a JSON value`);
  }
}

function findInArray(value: readonly unknown[], path: string[], ancestors: Map<object, number>): CanonicalizationError | undefined {
  for (let i = 0; i < value.length; i++) {
    path.push(`[${i}]`);
    const found = find(value[i], path, ancestors);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

function findInObject(value: object, path: string[], ancestors: Map<object, number>): CanonicalizationError | undefined {
  for (const name of Object.keys(value).sort()) {
    path.push(IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);
    const found =
      quoteJsonString(name) === undefined
        ? new CanonicalizationError('$' + path.join(''), 'member name contains a lone surrogate (not valid I-JSON)')
        : find((value as Record<string, unknown>)[name], path, ancestors);
    path.pop();
    if (found) return found;
  }
  return undefined;
}
