/** An error answer of the service (RFC 9457 problem+json), or a network failure. */
export class LedgerApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'LedgerApiError';
  }
}

/**
 * The service's API as the console calls it: same origin, the key in the X-API-Key header (never the
 * URL), errors turned into LedgerApiError with the problem's title and detail.
 */
export class LedgerApi {
  constructor(private readonly apiKey: string) {}

  /** A response known to be 2xx. */
  async get(path: string, init: { signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(path, { headers: { 'X-API-Key': this.apiKey, ...init.headers }, signal: init.signal, cache: 'no-store' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new LedgerApiError(0, `the service did not answer (${String(error)})`);
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  async json<T>(path: string): Promise<T> {
    return (await this.get(path)).json() as Promise<T>;
  }

  async text(path: string): Promise<string> {
    return (await this.get(path)).text();
  }
}

async function toApiError(response: Response): Promise<LedgerApiError> {
  try {
    const problem = (await response.json()) as { title?: string; detail?: string; code?: string; errors?: { path: string; message: string }[] };
    const fields = problem.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
    return new LedgerApiError(response.status, [problem.title, problem.detail, fields].filter(Boolean).join(' — ') || `HTTP ${response.status}`, problem.code);
  } catch {
    return new LedgerApiError(response.status, `HTTP ${response.status}`);
  }
}

/** A query string of the non-empty entries, in the order given. */
export function toQueryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
