import * as crypto from 'node:crypto';
import { ED25519_SIGNATURE_TYPE, rawEd25519PublicKey, rawEd25519Seed } from './ed25519-raw-key.js';
import { NoteKeyError } from './note.errors.js';
import { computeNoteKeyHash, formatNoteKeyHash } from './note-key-hash.js';
import { isValidNoteKeyName } from './note-key-name.js';

/**
 * A new Ed25519 key pair for `name` (Go `note.GenerateKey`), from the system's CSPRNG:
 * `privateKey` is `PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ seed)>` (keep it secret),
 * `verifierKey` is `<name>+<hash>+<base64(0x01 ‖ public key)>` (publish it).
 * @throws NoteKeyError when `name` is not a valid key name (see {@link isValidNoteKeyName}).
 */
export function generateNoteKey(name: string): { privateKey: string; verifierKey: string } {
  if (!isValidNoteKeyName(name)) throw new NoteKeyError('key name: must be non-empty, without spaces, plus signs or control characters');
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const typedPublicKey = Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), rawEd25519PublicKey(privateKey)]);
  const typedSeed = Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), rawEd25519Seed(privateKey)]);
  const hash = formatNoteKeyHash(computeNoteKeyHash(name, typedPublicKey));
  return {
    privateKey: `PRIVATE+KEY+${name}+${hash}+${typedSeed.toString('base64')}`,
    verifierKey: `${name}+${hash}+${typedPublicKey.toString('base64')}`,
  };
}
