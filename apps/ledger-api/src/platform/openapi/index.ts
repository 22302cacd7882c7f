export * from './setup-openapi.js';
export * from './ledger-openapi-document.js';
export * from './api-problem-responses.decorator.js';
export * from './security-schemes.js';
export * from './page.response.dto.js';
