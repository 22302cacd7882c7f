/** One event of a Server-Sent Events stream. */
export interface StreamEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Reads GET /v1/audit-events/stream with fetch, not EventSource: EventSource cannot send the
 * X-API-Key header, and the key must never go into the URL. Calls `onEvent` for each event until
 * `signal` aborts or the stream ends; resolves then with the last event id seen (where to resume).
 */
export async function readEventStream(
  path: string,
  apiKey: string,
  onEvent: (event: StreamEvent) => void,
  options: { signal: AbortSignal; lastEventId?: string; onOpen?: () => void },
): Promise<string | undefined> {
  const headers: Record<string, string> = { 'X-API-Key': apiKey, Accept: 'text/event-stream' };
  if (options.lastEventId !== undefined) headers['Last-Event-ID'] = options.lastEventId;
  const response = await fetch(path, { headers, signal: options.signal, cache: 'no-store' });
  if (!response.ok || !response.body) throw new Error(`the stream answered HTTP ${response.status}`);
  options.onOpen?.();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let lastId = options.lastEventId;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return lastId;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = parseEventBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (!event) continue;
      if (event.id !== undefined) lastId = event.id;
      onEvent(event);
    }
  }
}

/** One block of lines (WHATWG HTML §9.2.6): comments ignored, `data` lines joined. */
export function parseEventBlock(block: string): StreamEvent | undefined {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? undefined : { id, event, data: data.join('\n') };
}
