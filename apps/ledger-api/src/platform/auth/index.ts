export * from './principal.js';
export * from './api-key-registry.js';
export * from './development-key.js';
export * from './create-api-key-registry.js';
export * from './auth.decorators.js';
export * from './api-key.guard.js';
export * from './key-rate-limiter.js';
