/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (Unicode §3.9, Table 3-7): a stray continuation byte, C0/C1 and F5..FF, an overlong form
 * (C0 AF, E0 80 AF), an encoded surrogate (ED A0 80), a code point above U+10FFFF, or a sequence
 * cut short. -1 when `bytes` is well-formed. For error messages only: `buffer.isUtf8` is the fast
 * check; this says where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = sequenceShape(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      // The second byte's range is what rules out overlong forms, surrogates and > U+10FFFF.
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length for a lead byte and the allowed range of the byte after it; length 0: not a lead byte. */
function sequenceShape(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
