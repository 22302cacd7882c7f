export * from './checkpoint-signing-key-error.js';
export * from './checkpoint-signing-key.js';
