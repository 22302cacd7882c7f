export * from './ledger-metrics.js';
export * from './metrics.http.controller.js';
export * from './logger.module.js';
