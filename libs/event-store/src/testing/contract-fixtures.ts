import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store.port.js';
import type { EventPayload, EventToAppend, RecordedEvent } from '../recorded-event.js';

/** What each part of the contract needs: the store of the running test, and the adapter's options. */
export interface ContractContext {
  store(): EventStore;
  /** Closes the store inside a test, so the suite's teardown does not close it again. */
  closeStore(): Promise<void>;
  readonly rejectsDuplicateEventIds: boolean;
}

/** A stream name no other test (nor another run on a shared EventStoreDB) uses. */
export function uniqueStreamName(label: string): string {
  return `contract_${label}-${randomUUID()}`;
}

export function newEvent(data: EventPayload = {}, overrides: Partial<EventToAppend> = {}): EventToAppend {
  return { eventId: randomUUID(), type: 'ContractEventHappened', data, metadata: { schemaVersion: 1 }, ...overrides };
}

/** Resolves with what `promise` rejected with; fails the test when it fulfils. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ fulfilled: true as const, value }),
    (error: unknown) => ({ fulfilled: false as const, error }),
  );
  if (outcome.fulfilled) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/**
 * Pulls from a subscription until `count` events of `streams` arrived (events of other streams,
 * e.g. on a shared EventStoreDB, are skipped), or the iteration ended.
 */
export async function takeFromStreams(
  iterator: AsyncIterator<RecordedEvent>,
  streams: readonly string[],
  count: number,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    if (streams.includes(next.value.streamName)) taken.push(next.value);
  }
  return taken;
}

/**
 * Everything a subscription still delivers, from an already requested `next()` until the
 * iteration ends; used to check that a subscription ends (the test times out if it does not).
 */
export async function remainderOf(
  iterator: AsyncIterator<RecordedEvent>,
  waiting: Promise<IteratorResult<RecordedEvent>>,
): Promise<RecordedEvent[]> {
  const rest: RecordedEvent[] = [];
  for (let result = await waiting; !result.done; result = await iterator.next()) rest.push(result.value);
  return rest;
}

/** The `n` member of each event's data: a compact way to compare sequences of events. */
export const numbersOf = (events: readonly RecordedEvent[]): unknown[] => events.map((event) => event.data['n']);
