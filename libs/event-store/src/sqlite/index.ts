/** The embedded SQLite adapter, beside the port: `#event-store/sqlite`. */
export * from './sqlite-event-store.js';
export * from './switch-to-wal.js';
export * from './migrate-schema.js';
