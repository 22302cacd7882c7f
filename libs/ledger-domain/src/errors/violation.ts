/** One problem with one field of a request; `path` like `events[3].actor.actorType`, `$` for the whole. */
export interface Violation {
  path: string;
  message: string;
}

/** The most violations one error reports; a pathological body must not produce a huge response. */
export const MAX_REPORTED_VIOLATIONS = 100;

/**
 * The violations of one item of a list, re-rooted under `prefix` (e.g. `events[3]`): `$` becomes
 * the prefix itself, `actor.id` becomes `events[3].actor.id`, `[2]` becomes `events[3][2]`.
 */
export function prefixViolations(prefix: string, violations: readonly Violation[]): Violation[] {
  return violations.map(({ path, message }) => ({
    path: path === '$' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`,
    message,
  }));
}

/** At most `max` violations; when some are left out, the last entry says how many. */
export function capViolations(violations: readonly Violation[], max = MAX_REPORTED_VIOLATIONS): Violation[] {
  if (violations.length <= max) return [...violations];
  const omitted = violations.length - (max - 1);
  return [...violations.slice(0, max - 1), { path: '$', message: `${omitted} more problems not listed` }];
}
