import { BATCH_SIZE } from '../scenarios/batch-post.js';
import { sampleEvent, ruleSetupBody } from './sample-events.js';

/** A sample event as its JSON parses: what either peer receives (ours normalizes it, emmett stores it as is). */
export type PeerEvent = Record<string, unknown>;

/** The 600 events that create and activate the sample rules, parsed (appended before the timed run, by both). */
export function peerSetupEvents(): PeerEvent[] {
  return (JSON.parse(ruleSetupBody()) as { events: PeerEvent[] }).events;
}

/**
 * Appends sample events 0 … `total` − 1 in batches of the HTTP batch line's size (BATCH_SIZE, 100) with `submitters` concurrent callers of
 * `append` (each awaits its batch before taking the next), the same events for every peer.
 * Parsing the sample JSON happens inside the timed run, for every peer alike.
 * @returns the seconds it took.
 */
export async function appendSampleEvents(total: number, submitters: number, append: (events: PeerEvent[]) => Promise<unknown>): Promise<number> {
  let next = 0;
  const submitter = async () => {
    while (next < total) {
      const from = next;
      const size = Math.min(BATCH_SIZE, total - from);
      next += size;
      await append(Array.from({ length: size }, (_, i) => sampleEvent(from + i)));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: submitters }, submitter));
  return (performance.now() - started) / 1000;
}
