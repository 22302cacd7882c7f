export * from './audit-event-fixtures.js';
export * from './lifecycle-fixtures.js';
export * from './table-dump.js';
export * from './sealed-ledger.js';
