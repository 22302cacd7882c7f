import type { JsonObject, JsonValue } from '../json-value.js';

/**
 * The attributes a before/after image describes: the image without its top-level `status`,
 * which the ledger derives from the lifecycle events instead. Undefined when the image is not an object.
 * The result is a new object; nested values are shared with the image.
 */
export function attributesOf(image: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(image)) return undefined;
  const { status: _status, ...attributes } = image;
  return attributes;
}

/** A JSON object rather than an array, a primitive or null (a JSON value needs no deeper test). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
