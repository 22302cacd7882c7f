// Unicode White_Space is exactly Go's unicode.IsSpace; ASCII controls could never appear in a note.
const FORBIDDEN = /[\p{White_Space}+\u0000-\u001f]|\p{Cs}/u;

/**
 * Whether `name` may name a note key (C2SP signed-note, Go sumdb/note): non-empty, valid UTF-8
 * (no lone surrogate), no Unicode space, no plus sign. ASCII control characters are refused too:
 * Go accepts them in a key, but a note holding one is malformed, so such a key could never sign.
 */
export function isValidNoteKeyName(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && !FORBIDDEN.test(name);
}
