// A writer process for sqlite-shared-file.int-spec.ts: appends single events at the tail of one
// stream through the built SqliteEventStore, re-reading the tail whenever another writer got
// there first. Starts on "go" from stdin so that both writers run at the same time.
// argv: <url of dist/libs/event-store/src/sqlite/index.js> <log file> <stream> <writer name> <count>
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';

const [indexUrl, filename, stream, writer, count] = process.argv.slice(2);
const { SqliteEventStore } = await import(indexUrl);
const { WrongExpectedRevisionError, NO_STREAM } = await import(new URL('../index.js', indexUrl).href);

const store = SqliteEventStore.open({ filename });
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.pause();

let conflicts = 0;
for (let i = 0; i < Number(count); ) {
  const [tail] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
  const event = { eventId: randomUUID(), type: 'WriterAppended', data: { writer, i }, metadata: {} };
  try {
    await store.appendToStream(stream, [event], { expectedRevision: tail ? tail.revision : NO_STREAM });
    i += 1;
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    conflicts += 1;
  }
}
await store.close();
process.stdout.write(`${JSON.stringify({ writer, conflicts })}\n`);
