/**
 * True for objects JSON can carry as they are: made by `{}`, JSON.parse or Object.create(null),
 * in this realm or another one (a vm context, a jest sandbox). False for Date, Map, class
 * instances and the like, whose members JSON.stringify would silently change or drop.
 */
export function isPlainJsonObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return true;
  // Another realm's Object.prototype has no prototype itself, and tags its objects as plain.
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]';
}
