export * from './ledger-config.js';
export * from './load-ledger-config.js';
