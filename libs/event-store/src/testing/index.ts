export * from './event-store.contract.js';
export * from './heap-after-gc.js';
