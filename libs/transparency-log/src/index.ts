export * from './checkpoint-signing-key-error.js';
export * from './checkpoint-signing-key.js';
export * from './stored-checkpoint.js';
export * from './checkpoint-store.js';
export * from './merkle-tree-view.js';
export * from './log-contradiction.js';
export * from './checkpoint-outcome.js';
export * from './checkpointer.js';
