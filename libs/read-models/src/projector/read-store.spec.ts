import type { Database } from 'better-sqlite3';
import type { Projection } from './projection.js';
import { ReadStore } from './read-store.js';

/** A projection with one table, `notes`. */
const notes = (version: number): Projection => ({
  name: 'notes',
  version,
  setup: (db: Database) => db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY)'),
  drop: (db: Database) => db.exec('DROP TABLE IF EXISTS notes'),
  apply: () => undefined,
});

describe('ReadStore', () => {
  let readStore: ReadStore;
  beforeEach(() => (readStore = ReadStore.open(':memory:')));
  afterEach(() => readStore.close());
  const noteCount = () => readStore.db.prepare('SELECT COUNT(*) FROM notes').pluck().get();

  it('registers a new projection at position 0', () => {
    readStore.register([notes(1)]);
    expect(readStore.checkpoints()).toEqual([{ name: 'notes', version: 1, position: 0 }]);
    expect(readStore.checkpoint(['notes', 'unknown'])).toBe(0);
  });

  it('keeps the tables and checkpoint of a projection registered again at the same version', () => {
    readStore.register([notes(1)]);
    readStore.db.exec('INSERT INTO notes VALUES (1)');
    readStore.setCheckpoint('notes', 42);
    readStore.register([notes(1)]);
    expect(noteCount()).toBe(1);
    expect(readStore.checkpoint(['notes'])).toBe(42);
  });

  it('empties a projection and resets its checkpoint when its version changes', () => {
    readStore.register([notes(1)]);
    readStore.db.exec('INSERT INTO notes VALUES (1)');
    readStore.setCheckpoint('notes', 42);
    readStore.register([notes(2)]);
    expect(noteCount()).toBe(0);
    expect(readStore.checkpoints()).toEqual([{ name: 'notes', version: 2, position: 0 }]);
  });

  it('never moves a checkpoint backwards', () => {
    readStore.register([notes(1)]);
    readStore.setCheckpoint('notes', 42);
    readStore.setCheckpoint('notes', 7);
    expect(readStore.checkpoint(['notes'])).toBe(42);
  });
});
