export * from './expected-revision.js';
export * from './recorded-event.js';
export * from './event-store.errors.js';
export * from './event-store.port.js';
export * from './sqlite/sqlite-event-store.js';
