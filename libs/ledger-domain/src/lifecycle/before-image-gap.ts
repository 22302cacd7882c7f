import type { Violation } from '../errors/violation.js';
import type { JsonValue } from '../json-value.js';
import { jsonDifferences, type JsonDifference, type JsonKind } from './json-differences.js';
import { attributesOf, isJsonObject } from './lifecycle-attributes.js';
import type { LifecycleState } from './lifecycle-state.js';

const ROOT = 'context.before';

/**
 * Gap detection: where the client's `context.before` differs from the state the ledger holds.
 * `before` without its top-level `status` is compared with `state.attributes` (none held counts
 * as `{}`); a `before.status`, when sent, must be `state.status`. One violation per differing
 * path (`context.before.scopes[1].portfolioId`, `context.before.status`), sorted by path; none
 * when they agree. Messages never quote a held attribute (a writer may not be allowed to read
 * it), only the held status.
 */
export function beforeImageGap(before: JsonValue | undefined, state: LifecycleState): Violation[] {
  if (!isJsonObject(before)) return [{ path: ROOT, message: `${ROOT} must be a JSON object: the state the ledger holds` }];
  const violations = jsonDifferences(attributesOf(before), state.attributes ?? {}, ROOT).map(toViolation);
  if (before['status'] !== undefined && before['status'] !== state.status) {
    violations.push({ path: `${ROOT}.status`, message: `${ROOT}.status differs from the status the ledger holds, ${state.status ?? 'none'}` });
  }
  return violations.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function toViolation({ path, left, right }: JsonDifference): Violation {
  const message =
    right === undefined
      ? `${path} is not in the state the ledger holds`
      : left === undefined
        ? `${path} is missing, but the state the ledger holds has it`
        : left !== right
          ? `${path} is ${withArticle(left)}, but the ledger holds ${withArticle(right)} there`
          : `${path} differs from the state the ledger holds`;
  return { path, message };
}

function withArticle(kind: JsonKind): string {
  return kind === 'null' ? 'null' : kind === 'object' || kind === 'array' ? `an ${kind}` : `a ${kind}`;
}
