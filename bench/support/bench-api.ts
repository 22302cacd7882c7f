/**
 * The bench's API key. LEDGER_API_KEYS requires keys of at least 16 characters, so the bench
 * cannot use the shorter 'bench-key'.
 */
export const BENCH_KEY = 'bench-key-0123456789abcdef';
export const BENCH_LEDGER = 'bench';

/** LEDGER_API_KEYS for the service under test: one key with every scope on ledger `bench`. */
export const BENCH_API_KEYS = JSON.stringify([
  { key: BENCH_KEY, ledgerId: BENCH_LEDGER, scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
]);

export const READ_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'x-api-key': BENCH_KEY });
export const WRITE_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'x-api-key': BENCH_KEY, 'content-type': 'application/json' });

/** GET `path` with the bench key; throws with the status and body unless 2xx. */
export async function getText(baseUrl: string, path: string): Promise<string> {
  const response = await fetch(baseUrl + path, { headers: READ_HEADERS });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/** {@link getText}, parsed. */
export async function getJson<T>(baseUrl: string, path: string): Promise<T> {
  return JSON.parse(await getText(baseUrl, path)) as T;
}
