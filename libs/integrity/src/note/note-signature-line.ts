import { decodeCanonicalBase64 } from './canonical-base64.js';
import { isValidNoteKeyName } from './note-key-name.js';

/** Em dash (U+2014) and a space: how every signature line starts. */
const DASH = '\u2014 ';

/** One signature line of a note, decoded. */
export interface NoteSignatureLine {
  name: string;
  keyHash: number;
  /** The signature bytes after the 4-byte key hash. */
  signature: Buffer;
}

/** `— <name> <base64(key hash ‖ signature)>` followed by a newline. Preconditions: valid name, uint32 hash. */
export function formatNoteSignatureLine(name: string, keyHash: number, signature: Uint8Array): string {
  const hash = Buffer.alloc(4);
  hash.writeUInt32BE(keyHash, 0);
  return `${DASH}${name} ${Buffer.concat([hash, signature]).toString('base64')}\n`;
}

/** Decodes one signature line (without its newline), or says what is wrong with it. */
export function parseNoteSignatureLine(line: string): NoteSignatureLine | string {
  if (!line.startsWith(DASH)) return 'does not start with an em dash and a space';
  const space = line.indexOf(' ', DASH.length);
  if (space < 0) return 'has no space between the key name and the signature';
  const name = line.slice(DASH.length, space);
  if (!isValidNoteKeyName(name)) return 'has an invalid key name';
  const bytes = decodeCanonicalBase64(line.slice(space + 1));
  // A key hash and at least one signature byte, as Go requires.
  if (bytes === undefined || bytes.length < 5) return 'has a signature that is not canonical base64 of at least 5 bytes';
  return { name, keyHash: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
}
