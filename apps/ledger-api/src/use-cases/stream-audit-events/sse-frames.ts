/**
 * Server-Sent Events framing (WHATWG HTML §9.2). A record's JSON never holds a raw newline
 * (JSON escapes them), so `data` is always one line.
 */

/** One record: `id` = its sequence (what Last-Event-ID resumes from), `event` = its eventType. */
export function recordFrame(sequence: number, eventType: string, recordJson: string): string {
  return `id: ${sequence}\nevent: ${eventType}\ndata: ${recordJson}\n\n`;
}

/** A comment line: keeps proxies and clients from timing an idle stream out. */
export const HEARTBEAT_FRAME = ': heartbeat\n\n';

/** Why the service ended a stream; the client resumes with Last-Event-ID = `lastEventId`. */
export type StreamEndReason = 'slow-client' | 'shutdown';

/** The last event of a stream the service ends: where to resume. Carries no `id`, so it moves no Last-Event-ID. */
export function endFrame(reason: StreamEndReason, lastEventId: number): string {
  const message = reason === 'slow-client' ? 'the client did not read fast enough' : 'the service is shutting down';
  return `event: stream-ended\ndata: ${JSON.stringify({ reason, message, lastEventId, resume: `reconnect with Last-Event-ID: ${lastEventId}` })}\n\n`;
}

/** The first bytes: the reconnection delay clients should use, and a comment saying where the stream starts. */
export function openingFrame(afterSequence: number): string {
  return `retry: 2000\n: events after sequence ${afterSequence}\n\n`;
}
