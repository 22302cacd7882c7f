export * from './request-id.js';
export * from './request-id.hook.js';
