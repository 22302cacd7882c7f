import type Database from 'better-sqlite3';
import { checkExpectedRevision } from '../check-expected-revision.js';
import type { ExpectedRevision } from '../expected-revision.js';
import type { AppendResult, EventToAppend } from '../recorded-event.js';
import type { LogStatements } from './sqlite-statements.js';
import { translateSqliteError } from './translate-sqlite-error.js';

export type AppendTransaction = (
  streamName: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
) => AppendResult;

/**
 * Builds the append as one `BEGIN IMMEDIATE` transaction: the write lock is taken before the
 * stream's tail is read, so no other connection or process can append between the check and
 * the insert, and two writers can never fork a stream. Any throw rolls the whole batch back.
 */
export function createAppendTransaction(db: Database.Database, statements: LogStatements): AppendTransaction {
  const append = db.transaction((streamName: string, events: readonly EventToAppend[], expected: ExpectedRevision) => {
    let revision = statements.tailRevision.get(streamName) ?? -1;
    checkExpectedRevision(streamName, expected, revision);
    let position = 0;
    for (const event of events) {
      revision += 1;
      const data = event.dataText ?? toJsonObject(event.data, 'data');
      const metadata = toJsonObject(event.metadata, 'metadata');
      try {
        const { lastInsertRowid } = statements.insert.run(
          streamName,
          revision,
          event.eventId,
          event.type,
          data,
          metadata,
          event.idempotencyKey ?? null,
        );
        position = Number(lastInsertRowid);
      } catch (error) {
        throw translateSqliteError(error, { streamName, event });
      }
    }
    return { nextExpectedRevision: revision, position };
  });
  return (streamName, events, expectedRevision) => append.immediate(streamName, events, expectedRevision);
}

function toJsonObject(payload: unknown, member: string): string {
  const json = JSON.stringify(payload);
  if (typeof json !== 'string' || json[0] !== '{') throw new TypeError(`event ${member} must be a JSON object`);
  return json;
}
