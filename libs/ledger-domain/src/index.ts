export * from './json-value.js';
export * from './audit-record.js';
export * from './ledger-stream-name.js';
export * from './ledger-event-metadata.js';
