export * from './setup-openapi.js';
