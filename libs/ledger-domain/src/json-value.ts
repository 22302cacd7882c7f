/** A JSON value as it travels on the wire and is hashed (RFC 8785 covers exactly these). */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [member: string]: JsonValue;
}
