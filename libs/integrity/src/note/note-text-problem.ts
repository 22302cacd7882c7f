// ASCII controls other than newline, and UTF-16 surrogates not in a pair (they have no UTF-8 form).
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f]|\p{Cs}/u;

/**
 * What makes `text` unusable inside a signed note (C2SP signed-note: valid UTF-8, no ASCII control
 * character other than newline), or undefined when it is fine. Says nothing about newlines.
 */
export function noteCharactersProblem(text: string): string | undefined {
  const found = FORBIDDEN.exec(text);
  if (!found) return undefined;
  const unit = found[0].charCodeAt(0);
  return unit < 0x20
    ? `contains the control character U+${unit.toString(16).padStart(4, '0')} at offset ${found.index}`
    : `contains a lone UTF-16 surrogate at offset ${found.index} (not valid UTF-8)`;
}
