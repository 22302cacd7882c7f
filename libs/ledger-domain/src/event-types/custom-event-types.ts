/**
 * Custom (Drata-style) event types from other services, e.g. COMPANY_DATA_UPDATED: upper snake
 * case, 3..64 characters, not a known type. They must say their `category` and `source`, and their
 * `resourceType` and `action` (nothing fills those in); their `result` is free text.
 */
export const CUSTOM_EVENT_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{2,63}$/;

/** A custom event's result is free text up to this many characters. */
export const CUSTOM_RESULT_MAX_LENGTH = 32;

/** Members a custom event type must carry, in the order they are reported. */
export const CUSTOM_EVENT_REQUIRED_MEMBERS = ['category', 'source', 'resourceType', 'action'] as const;
