export * from './envelope-check.js';
export * from './record-identity.js';
