/** One Server-Sent Event as a client sees it (comment lines are counted, not returned). */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Reads a Server-Sent Events response with fetch (so headers such as X-API-Key can be sent), yielding
 * each event as its blank line arrives. Throws when the response is not 200 text/event-stream.
 */
export async function* readSse(url: string, headers: Record<string, string>, signal?: AbortSignal): AsyncGenerator<SseEvent> {
  const response = await fetch(url, { headers, signal });
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseBlock(block);
        if (event) yield event;
      }
    }
  } finally {
    reader.releaseLock();
    await response.body?.cancel().catch(() => undefined);
  }
}

function parseBlock(block: string): SseEvent | undefined {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? undefined : { id, event, data: data.join('\n') };
}
