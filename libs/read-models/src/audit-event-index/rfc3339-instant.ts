/** `…:60` seconds (a leap second) in an RFC 3339 time, which Date.parse refuses. */
const LEAP_SECOND = /:60(?=(\.\d+)?([zZ]|[+-]\d\d:\d\d)$)/;

/**
 * The instant an RFC 3339 date-time denotes, in the form the ledger writes createdAt
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`), so that the two compare as strings. A leap second (`23:59:60`)
 * is the instant one second after `23:59:59`.
 * @throws RangeError when `dateTime` does not parse.
 */
export function toCreatedAtInstant(dateTime: string): string {
  const leap = LEAP_SECOND.test(dateTime);
  const ms = Date.parse(leap ? dateTime.replace(LEAP_SECOND, ':59') : dateTime);
  if (Number.isNaN(ms)) throw new RangeError(`not an RFC 3339 date-time: ${JSON.stringify(dateTime)}`);
  return new Date(leap ? ms + 1000 : ms).toISOString();
}
