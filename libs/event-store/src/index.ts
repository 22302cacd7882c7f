export * from './expected-revision.js';
export * from './check-expected-revision.js';
export * from './recorded-event.js';
export * from './event-store.errors.js';
export * from './event-store.port.js';
export * from './commit-signal.js';
export * from './event-store-hooks.js';
export * from './open-event-store.js';
