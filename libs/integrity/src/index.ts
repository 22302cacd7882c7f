export * from './canonical-json.js';
export * from './canonicalization-error.js';
export * from './sha256-hex.js';
export * from './record-hash.js';
export * from './chain-verification.js';
export * from './record-links.js';
export * from './sealed-record-text.js';
export * from './stored-chain-verification.js';
