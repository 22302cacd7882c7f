import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  isCommandError,
} from '@eventstore/db-client';
import { EventStoreError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.errors.js';
import type { ExpectedRevision } from '../expected-revision.js';
import { toPortCurrentRevision } from './esdb-revisions.js';

/** The append that failed, so a conflict can be reported in the caller's own terms. */
export interface FailedAppend {
  streamName: string;
  expectedRevision: ExpectedRevision;
}

/**
 * Maps an error thrown by @eventstore/db-client to the port's errors, so no client type or
 * server message crosses the port:
 * - WrongExpectedVersionError (of `failedAppend`'s stream) → WrongExpectedRevisionError, with the
 *   caller's expected revision and the server's actual one;
 * - every other client or gRPC error (unavailable, deadline, not leader, cancelled, access
 *   denied, deleted stream, append too large, unknown) → EventStoreUnavailableError, the original
 *   kept only as `cause` for logs.
 * The port's own errors and programming errors (TypeError, RangeError) pass through unchanged.
 */
export function translateEsdbError(error: unknown, failedAppend?: FailedAppend): unknown {
  if (error instanceof EventStoreError || error instanceof TypeError || error instanceof RangeError) return error;
  if (error instanceof WrongExpectedVersionError && failedAppend && error.streamName === failedAppend.streamName) {
    return new WrongExpectedRevisionError(failedAppend.streamName, failedAppend.expectedRevision, toPortCurrentRevision(error.actualVersion));
  }
  return new EventStoreUnavailableError(describe(error), { cause: error });
}

function describe(error: unknown): string {
  if (error instanceof MaxAppendSizeExceededError) {
    return `the append exceeds EventStoreDB's maximum append size (${error.maxAppendSize} bytes); send fewer events per append`;
  }
  if (error instanceof AccessDeniedError) return 'EventStoreDB refused the credentials of the connection';
  if (error instanceof StreamDeletedError) return 'the stream was deleted in EventStoreDB';
  if (error instanceof Error && isCommandError(error)) return `EventStoreDB failed the operation (${error.type})`;
  return 'EventStoreDB could not be reached';
}

/**
 * Whether a client error means the connection or the node is (for now) unable to serve — worth
 * retrying the same request later, e.g. re-subscribing after a dropped connection.
 */
export function isTransientEsdbError(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof CancelledError ||
    error instanceof NotLeaderError ||
    error instanceof UnknownError
  );
}
