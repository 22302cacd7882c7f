import { concatBytes, toHex, utf8 } from './bytes.js';

/** SHA-256 with WebCrypto (the browser's own implementation, not the server's). */
export async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', concatBytes(...parts)));
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
export async function sha256HexOfText(text: string): Promise<string> {
  return toHex(await sha256(utf8(text)));
}
