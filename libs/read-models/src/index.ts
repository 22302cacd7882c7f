export * from './projector/projection.js';
export * from './projector/read-store.js';
export * from './projector/projector.js';
export * from './audit-event-index/audit-event-list-filter.js';
export * from './audit-event-index/audit-event-index.js';
export * from './ledger-heads/ledger-heads.js';
