/** Where the ledger's data lives, as configured (the service and the CLI read it the same way). */
export interface StorageOptions {
  /** LEDGER_DATA_DIR: the SQLite log (if used), the read models, checkpoints and keys. */
  dataDir: string;
  /** LEDGER_STORE: where the log lives. Read models always stay in SQLite in dataDir. */
  store: 'sqlite' | 'eventstoredb';
  /** EVENTSTORE_CONNECTION_STRING, required for `eventstoredb`. */
  eventStoreConnectionString: string | undefined;
}

/** The storage variables, for the config loader's list of known names. */
export const STORAGE_VARIABLES = ['LEDGER_DATA_DIR', 'LEDGER_STORE'] as const;

/** A storage setting that cannot be used; the message names the variable. */
export class StorageConfigError extends Error {
  override name = 'StorageConfigError';
}

/**
 * Reads LEDGER_DATA_DIR, LEDGER_STORE and EVENTSTORE_CONNECTION_STRING (empty counts as unset).
 * @throws StorageConfigError naming the variable that is wrong.
 */
export function readStorageOptions(env: NodeJS.ProcessEnv): StorageOptions {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const store = value('LEDGER_STORE') ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'eventstoredb') {
    throw new StorageConfigError(`LEDGER_STORE: '${store}' is not supported (supported: sqlite, eventstoredb)`);
  }
  const connection = value('EVENTSTORE_CONNECTION_STRING');
  if (store === 'eventstoredb') {
    if (connection === undefined) throw new StorageConfigError('EVENTSTORE_CONNECTION_STRING: required when LEDGER_STORE=eventstoredb');
    if (!/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(connection)) {
      throw new StorageConfigError(`EVENTSTORE_CONNECTION_STRING: expected esdb://host:port?… (got a value that is not an esdb:// URL)`);
    }
  }
  return { dataDir: value('LEDGER_DATA_DIR') ?? './data', store, eventStoreConnectionString: connection };
}
