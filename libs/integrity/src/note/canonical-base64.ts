const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The bytes of standard, padded base64 (RFC 4648 §4) in its one canonical spelling, or undefined.
 * Node's own decoder skips bad characters and accepts missing padding or non-zero padding bits;
 * keys, signatures and root hashes must have exactly one text form, so those are refused here.
 */
export function decodeCanonicalBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
