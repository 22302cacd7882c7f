import type { CurrentRevision, ExpectedRevision } from './expected-revision.js';

/** Base of every error the port raises; adapters translate vendor errors into these. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream's tail is not what the writer expected: someone else appended first. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamName: string,
    readonly expectedRevision: ExpectedRevision,
    readonly actualRevision: CurrentRevision,
  ) {
    super(`stream ${streamName}: expected revision ${String(expectedRevision)}, actual ${String(actualRevision)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event with this idempotency key is already in the stream. */
export class IdempotencyKeyTakenError extends EventStoreError {
  readonly code = 'EVENT_STORE.IDEMPOTENCY_KEY_TAKEN';
  constructor(
    readonly streamName: string,
    readonly idempotencyKey: string,
  ) {
    super(`stream ${streamName}: idempotency key already used`);
    this.name = 'IdempotencyKeyTakenError';
  }
}

/** An event id that is already stored (in any stream). */
export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'EVENT_STORE.DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string) {
    super(`event id ${eventId} is already stored`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The store cannot be reached or is closed; the operation may succeed later. */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'EVENT_STORE.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/**
 * The disk holding the store is full: nothing of the operation was stored, and it succeeds again
 * once space is freed (no restart needed). Distinct from EventStoreUnavailableError so that
 * operators are told what to fix.
 */
export class EventStoreDiskFullError extends EventStoreError {
  readonly code = 'EVENT_STORE.DISK_FULL';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreDiskFullError';
  }
}
