/** RFC 9457 problem details, as every error of this service is answered. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  /** For 400: each problem with a field, where it is (`location`) and what was sent there (`value`, when anything was). */
  errors?: ProblemError[];
}

/** One item of `errors[]`: `path` and `message` (ours), `location` and `value` (also Lerian Tracer's). */
export interface ProblemError {
  path: string;
  message: string;
  location?: 'header' | 'path' | 'query' | 'body';
  value?: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:audit-ledger:problem:${code}`;
}
