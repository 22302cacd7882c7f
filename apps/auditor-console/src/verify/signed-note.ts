import { fromBase64, utf8 } from './bytes.js';
import type { VerifierKey } from './verifier-key.js';

/** What opening a note gives: its signed text, or why it is not signed by the key. */
export type OpenedNote = { ok: true; text: string } | { ok: false; reason: 'malformed' | 'not-signed-by-key'; detail: string };

const SIGNATURE_LINE = /^\u2014 (\S+) (\S+)$/;

/**
 * Opens a C2SP signed note with one pinned Ed25519 key (WebCrypto): the text before the last blank
 * line is the message; a signature line by the key's name whose 4-byte key hash matches must hold an
 * Ed25519 signature of the text that verifies. Lines by other keys are ignored (cosigners).
 */
export async function openSignedNote(note: string, key: VerifierKey): Promise<OpenedNote> {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, reason: 'malformed', detail: 'no blank line before the signatures' };
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  let sawKey = false;
  for (const line of lines) {
    const match = SIGNATURE_LINE.exec(line);
    if (!match) return { ok: false, reason: 'malformed', detail: `not a signature line: ${line.slice(0, 80)}` };
    if (match[1] !== key.name) continue;
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(match[2]!);
    } catch {
      return { ok: false, reason: 'malformed', detail: 'a signature is not base64' };
    }
    if (bytes.length < 5) return { ok: false, reason: 'malformed', detail: 'a signature is too short' };
    const hash = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    if (hash !== key.keyHash) continue;
    sawKey = true;
    const signature = bytes.slice(4);
    if (signature.length === 64 && (await crypto.subtle.verify({ name: 'Ed25519' }, key.publicKey, signature, utf8(text)))) {
      return { ok: true, text };
    }
  }
  return {
    ok: false,
    reason: 'not-signed-by-key',
    detail: sawKey ? 'the signature by the pinned key does not verify' : 'no signature by the pinned key',
  };
}
