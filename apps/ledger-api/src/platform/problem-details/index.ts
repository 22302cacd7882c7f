export * from './problem-details.js';
export * from './to-problem-details.js';
export * from './send-problem.js';
export * from './problem-details.filter.js';
export * from './validation-exception.factory.js';
export * from './method-not-allowed.error.js';
export * from './locate-violation.js';
