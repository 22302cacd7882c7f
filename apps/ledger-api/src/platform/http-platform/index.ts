export * from './create-fastify-adapter.js';
export * from './configure-ledger-app.js';
export * from './closing-gate.js';
