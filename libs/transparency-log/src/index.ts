export * from './checkpoint-signing-key-error.js';
export * from './checkpoint-signing-key.js';
export * from './stored-checkpoint.js';
export * from './checkpoint-store.js';
