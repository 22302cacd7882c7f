export * from './ledger-metrics.js';
export * from './metrics.http.controller.js';
export * from './ledger-log.js';
export * from './request-log.js';
