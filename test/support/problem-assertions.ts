/** An answer as `LedgerProcess.request` returns it. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

/** The members every RFC 9457 problem of this service carries. */
export const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId'] as const;

/** What no response may reveal: stack frames, the SQL driver, file paths. */
const LEAKS = [/ {4}at /, /SQLITE/, /sqlite/, /node_modules/, /\/dist\//];

/**
 * Asserts that `response` is an `application/problem+json` answer with `status`, every problem member,
 * `type` = `urn:audit-ledger:problem:<code>`, and nothing internal in its text (`secrets`: further strings
 * that must not appear, such as the data directory).
 */
export function expectProblem(response: HttpAnswer, status: number, secrets: string[] = []): void {
  // Status and body together, so that a failure shows what the service said.
  expect({ status: response.status, body: response.json ?? response.text }).toMatchObject({ status });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  for (const member of PROBLEM_MEMBERS) expect(response.json).toHaveProperty(member);
  expect(response.json.status).toBe(status);
  expect(response.json.type).toBe(`urn:audit-ledger:problem:${response.json.code}`);
  expectNoLeaks(response.text, secrets);
}

/** Asserts that a response text carries no stack trace, SQL driver name, or any of `secrets`. */
export function expectNoLeaks(text: string, secrets: string[] = []): void {
  for (const leak of LEAKS) expect({ leak: leak.source, text }).not.toEqual({ leak: leak.source, text: expect.stringMatching(leak) });
  for (const secret of secrets) expect(text).not.toContain(secret);
}

/** The `errors[].path` values of a problem (empty when it has none). */
export function errorPaths(response: HttpAnswer): string[] {
  return (response.json?.errors ?? []).map((error: { path: string }) => error.path);
}

/** The problem's detail and every error message, as one text (to look for a named limit). */
export function problemText(response: HttpAnswer): string {
  const messages = (response.json?.errors ?? []).map((error: { path: string; message: string }) => `${error.path}: ${error.message}`);
  return [response.json?.detail ?? '', ...messages].join('\n');
}
