export * from './ledger-verdict.js';
export * from './pinned-checkpoint.js';
export * from './export-record-line.js';
export * from './verify-ledger-export.js';
export * from './verify-checkpoint-consistency.js';
