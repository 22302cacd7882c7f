import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

describeEventStoreContract('SQLite in memory', async () => ({ store: SqliteEventStore.open({ filename: ':memory:' }) }));

describeEventStoreContract('SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-store-contract-'));
  return {
    store: SqliteEventStore.open({ filename: join(dir, 'events.db') }),
    teardown: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
