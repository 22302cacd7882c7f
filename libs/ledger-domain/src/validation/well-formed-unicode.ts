const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when the string holds an unpaired UTF-16 surrogate: not Unicode text, not I-JSON (RFC 7493),
 * so RFC 8785 cannot canonicalize it and the record could not be hashed.
 */
export function hasLoneSurrogate(value: string): boolean {
  // Most strings hold no surrogate at all; the cheap test spares the look-around one.
  return SURROGATE.test(value) && LONE_SURROGATE.test(value);
}

export const LONE_SURROGATE_MESSAGE = 'contains a lone UTF-16 surrogate, which is not Unicode text and cannot be canonicalized (RFC 8785)';
