export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- specs read untyped bodies
}

export interface TestRequest {
  headers?: Record<string, string>;
  /** An object is sent as JSON (content-type application/json unless given); a string as is. */
  body?: unknown;
}

/** One real HTTP request to `baseUrl` (Fastify's inject cannot be loaded by Jest on Node 20). */
export async function httpRequest(baseUrl: string, method: string, path: string, request: TestRequest = {}): Promise<TestResponse> {
  const headers = { ...request.headers };
  let body: string | undefined;
  if (typeof request.body === 'string') body = request.body;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
