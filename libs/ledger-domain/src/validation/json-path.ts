const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_SHOWN_KEY = 64;

/** One step into JSON: a member name, or an array index. */
export type JsonPathStep = string | number;

/**
 * A field path for error messages: `root` then `.name` for identifier-like member names,
 * `["a.b"]` (a JSON string) for any other name, `[2]` for an index — never ambiguous, e.g.
 * `context.after.limits[2]["max-amount"]`. Overlong names are cut short with `…`. With an empty
 * root the path starts with the first name itself (`colour`).
 */
export function formatJsonPath(root: string, steps: readonly JsonPathStep[]): string {
  let path = root;
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`;
    else if (IDENTIFIER.test(step) && step.length <= MAX_SHOWN_KEY) path += path === '' ? step : `.${step}`;
    // JSON.stringify escapes quotes, control characters and lone surrogates.
    else path += `[${JSON.stringify(step.length > MAX_SHOWN_KEY ? `${step.slice(0, MAX_SHOWN_KEY)}…` : step)}]`;
  }
  return path;
}
