import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { toLedgerStreamName } from '#ledger-domain';
import { BENCH_LEDGER } from '../support/bench-api.js';
import { appendSampleEvents, peerSetupEvents, type PeerEvent } from '../support/peer-events.js';

export interface EmmettRate {
  eventsPerSecond: number;
  /** What a connection to the file reports: emmett sets journal_mode=WAL and leaves synchronous at sqlite3's default. */
  journalMode: string;
  synchronous: string;
  sqliteVersion: string;
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/**
 * The peer: the same sample events appended in-process through @event-driven-io/emmett-sqlite's
 * event store (getSQLiteEventStore on a file in a fresh temp directory, appendToStream), in batches of
 * 100 into one stream, the ledger's own stream name (one stream per ledger, as ours). Each event is
 * `{type: eventType, data: the parsed event}`; emmett adds its message id and positions, no hash chain.
 * One submitter only: emmett-sqlite 0.38.5 shares one sqlite3 connection between concurrent
 * appends and closes it at the end of each append (the next one opens a new connection), so
 * concurrent appends fail (ExpectedVersionConflictError, SQLITE_BUSY, SQLITE_MISUSE: handle closed).
 */
export async function emmettAppendRate(total: number): Promise<EmmettRate> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-emmett-'));
  const fileName = join(dir, 'emmett.db');
  const stream = toLedgerStreamName(BENCH_LEDGER);
  try {
    const store = getSQLiteEventStore({ fileName });
    const append = (events: PeerEvent[]) => store.appendToStream(stream, events.map((data) => ({ type: String(data['eventType']), data })));
    const setup = peerSetupEvents();
    await append(setup);
    const seconds = await appendSampleEvents(total, 1, append);
    const settings = await readSettings(fileName);
    if (settings.messages !== setup.length + total) throw new Error(`emmett: the file holds ${settings.messages} messages, ${setup.length + total} were appended`);
    return { eventsPerSecond: total / seconds, journalMode: settings.journalMode, synchronous: settings.synchronous, sqliteVersion: settings.sqliteVersion };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh sqlite3 connection's view of the file, as emmett's own per-append connections see it. */
async function readSettings(fileName: string) {
  const db = new sqlite3.Database(fileName);
  const get = <T>(sql: string) => new Promise<T>((resolve, reject) => db.get(sql, (error: Error | null, row: T) => (error ? reject(error) : resolve(row))));
  try {
    const { journal_mode } = await get<{ journal_mode: string }>('PRAGMA journal_mode');
    const { synchronous } = await get<{ synchronous: number }>('PRAGMA synchronous');
    const { version } = await get<{ version: string }>('SELECT sqlite_version() AS version');
    const { messages } = await get<{ messages: number }>('SELECT count(*) AS messages FROM emt_messages');
    return { journalMode: journal_mode, synchronous: `${SYNCHRONOUS[synchronous] ?? synchronous}`, sqliteVersion: version, messages };
  } finally {
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }
}
