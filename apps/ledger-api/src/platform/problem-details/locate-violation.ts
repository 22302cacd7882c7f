import type { Violation } from '#ledger-domain';

/** Where in the request a violation's path points (Lerian Tracer's `location`). */
export type ViolationLocation = 'header' | 'path' | 'query' | 'body';

/** One `errors[]` item of a problem: the violation, where it lies, and what was sent there (when anything was). */
export interface LocatedViolation extends Violation {
  location: ViolationLocation;
  value?: unknown;
}

/** What locateViolation reads of the request (all optional: an error may come before any of it was parsed). */
export interface RequestParts {
  method?: string;
  headers?: Record<string, unknown>;
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

/** Headers a violation may name, lower-cased. */
const HEADERS = new Set(['idempotency-key', 'x-request-id', 'content-type', 'x-api-key', 'authorization']);
/** Headers that are credentials: their values are never echoed, whatever the violation. */
const SECRET_HEADERS = new Set(['x-api-key', 'authorization']);
/** Methods whose parameters are all in the URL. */
const WITHOUT_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);
/** Body members whose names say they hold a secret: their values are never echoed either. */
const SECRET_MEMBER = /secret|password|passwd|token|api[-_]?key|authorization|credential|private[-_]?key/i;
/** The longest string echoed as it is; longer ones are cut, saying how long they were. */
export const MAX_ECHOED_CHARACTERS = 256;

/**
 * The violation with its location and the value the request holds at its path. A path names a
 * header (`Idempotency-Key`), a path parameter (`eventId`), a query parameter (`limit`) or a
 * body member (`events[3].actor.id`; `$` is the whole body); the value is left out when nothing
 * was sent there ("is required") and for secrets (credential headers, members named like
 * `password` or `apiToken`). Strings over {@link MAX_ECHOED_CHARACTERS} characters, objects and
 * arrays whose JSON is longer, are echoed as a short description instead.
 */
export function locateViolation(violation: Violation, request: RequestParts): LocatedViolation {
  const segments = pathSegments(violation.path);
  const root = segments[0];
  const header = typeof root === 'string' ? root.toLowerCase() : undefined;
  if (header !== undefined && segments.length === 1 && HEADERS.has(header)) {
    return withValue({ ...violation, location: 'header' }, SECRET_HEADERS.has(header) ? undefined : request.headers?.[header]);
  }
  for (const [location, source] of [['path', request.params], ['query', request.query]] as const) {
    if (typeof root === 'string' && isRecord(source) && Object.hasOwn(source, root) && !(isRecord(request.body) && Object.hasOwn(request.body, root))) {
      return withValue({ ...violation, location }, source[root]);
    }
  }
  if (WITHOUT_BODY.has(request.method ?? 'GET')) return { ...violation, location: 'query' };
  const secret = segments.some((segment) => typeof segment === 'string' && SECRET_MEMBER.test(segment));
  return withValue({ ...violation, location: 'body' }, secret ? undefined : valueAt(request.body, segments));
}

function withValue(located: LocatedViolation, value: unknown): LocatedViolation {
  return value === undefined ? located : { ...located, value: echoed(value) };
}

/** `events[3].actor.id` → ['events', 3, 'actor', 'id']; `$` → []. */
function pathSegments(path: string): (string | number)[] {
  if (path === '$' || path === '') return [];
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return segments;
}

function valueAt(value: unknown, segments: readonly (string | number)[]): unknown {
  let at = value;
  for (const segment of segments) {
    if (typeof segment === 'number' ? !Array.isArray(at) : !isRecord(at) || !Object.hasOwn(at, segment)) return undefined;
    at = (at as Record<string | number, unknown>)[segment];
  }
  return at;
}

function echoed(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length <= MAX_ECHOED_CHARACTERS ? value : `${value.slice(0, MAX_ECHOED_CHARACTERS)}… (${value.length} characters)`;
  }
  if (typeof value !== 'object' || value === null) return value;
  const json = JSON.stringify(value);
  if (json.length <= MAX_ECHOED_CHARACTERS) return value;
  const count = Array.isArray(value) ? value.length : Object.keys(value).length;
  return `(${Array.isArray(value) ? 'an array' : 'an object'} of ${count} ${Array.isArray(value) ? 'item' : 'member'}${count === 1 ? '' : 's'})`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
