export * from './readiness-check.js';
export * from './store-readiness.check.js';
export * from './projector-readiness.check.js';
export * from './health.http.controller.js';
export * from './integrity-readiness.check.js';
