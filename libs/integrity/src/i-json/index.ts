export * from './i-json-error.js';
export * from './parse-i-json.js';
