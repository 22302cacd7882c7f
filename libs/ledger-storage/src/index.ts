export * from './storage-options.js';
export * from './storage-location.js';
export * from './open-ledger-storage.js';
