import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { generateNoteKey } from './generate-note-key.js';
import { NoteKeyError } from './note.errors.js';
import { isValidNoteKeyName } from './note-key-name.js';
import { parseNoteSigner, verifierKeyOf } from './note-signer.js';
import { formatNoteVerifierKey, parseNoteVerifier } from './note-verifier.js';

const testdata = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/note', name), 'utf8'));
// golang.org/x/mod sumdb/note/note_test.go (see testdata/README.md).
const go = testdata('go-sumdb-note.json') as {
  keys: { name: string; keyHash: string; privateKey: string; verifierKey: string }[];
  badVerifierKeys: { key: string; why: string }[];
};
// github.com/transparency-dev/formats log/note_test.go: pairs made by Go's note.GenerateKey.
const transparencyDev = testdata('transparency-dev-keys.json') as { pairs: { privateKey: string; verifierKey: string }[] };
const [peter] = go.keys;

describe('note keys', () => {
  it.each(go.keys)("parses Go's $name keys to the key hash Go gives ($keyHash)", (key) => {
    const verifier = parseNoteVerifier(key.verifierKey);
    const signer = parseNoteSigner(key.privateKey);
    expect([verifier.name, verifier.keyHash]).toEqual([key.name, Number.parseInt(key.keyHash, 16)]);
    expect([signer.name, signer.keyHash]).toEqual([key.name, Number.parseInt(key.keyHash, 16)]);
    expect(signer.verifierKey).toBe(key.verifierKey);
    expect(verifierKeyOf(signer)).toBe(key.verifierKey);
  });

  it.each(transparencyDev.pairs)('derives the verifier key Go made for $verifierKey (key data may contain "+")', ({ privateKey, verifierKey }) => {
    expect(parseNoteSigner(privateKey).verifierKey).toBe(verifierKey);
    expect(parseNoteVerifier(verifierKey).keyHash).toBe(parseNoteSigner(privateKey).keyHash);
  });

  it('generates a key pair whose signer and verifier agree, and a fresh pair each time', () => {
    const { privateKey, verifierKey } = generateNoteKey('ledger.example/log');
    const signer = parseNoteSigner(privateKey);
    const verifier = parseNoteVerifier(verifierKey);
    expect(privateKey).toMatch(/^PRIVATE\+KEY\+ledger\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(signer.verifierKey).toBe(verifierKey);
    expect(verifier.keyHash).toBe(signer.keyHash);
    const message = Buffer.from('hi');
    const signature = signer.sign(message);
    expect(signature).toHaveLength(64);
    expect(signer.sign(message)).toEqual(signature);
    expect(verifier.verify(message, signature)).toBe(true);
    expect(verifier.verify(Buffer.from('ho'), signature)).toBe(false);
    expect(verifier.verify(message, signature.subarray(1))).toBe(false);
    expect(generateNoteKey('ledger.example/log').verifierKey).not.toBe(verifierKey);
  });

  it('formats the verifier key of a raw public key as Go does (NewEd25519VerifierKey)', () => {
    const raw = Buffer.from(peter.verifierKey.split('+')[2], 'base64').subarray(1);
    expect(formatNoteVerifierKey('PeterNeumann', raw)).toBe(peter.verifierKey);
    expect(() => formatNoteVerifierKey('PeterNeumann', raw.subarray(1))).toThrow(NoteKeyError);
  });

  it("refuses every substring and every one-byte change of Go's verifier key (TestNewVerifier)", () => {
    const accepted = manglings(peter.verifierKey).filter((key) => !throwsKeyError(() => parseNoteVerifier(key)));
    expect(accepted).toEqual([]);
  });

  it("refuses every substring and every one-byte change of Go's private key (TestNewSigner)", () => {
    const accepted = manglings(peter.privateKey).filter((key) => !throwsKeyError(() => parseNoteSigner(key)));
    expect(accepted).toEqual([]);
  });

  it.each(go.badVerifierKeys)("refuses Go's bad verifier key: $why", ({ key }) => {
    expect(() => parseNoteVerifier(key)).toThrow(NoteKeyError);
  });

  it.each([
    ['an uppercase key hash', peter.verifierKey.replace('c74f20a3', 'C74F20A3')],
    ['unpadded base64 key data', 'a+00000000+AQ'],
    ['a plus sign in the name', peter.verifierKey.replace('PeterNeumann', 'Peter+Neumann')],
    ['a private key given as verifier key', peter.privateKey],
  ])('refuses a verifier key with %s', (_what, key) => {
    expect(() => parseNoteVerifier(key)).toThrow(NoteKeyError);
  });

  it('never repeats any part of a bad private key in the error message', () => {
    const key = peter.privateKey;
    for (let i = 0; i < key.length; i++) {
      const corrupted = key.slice(0, i) + (key[i] === 'x' ? 'y' : 'x') + key.slice(i + 1);
      const error = captured(() => parseNoteSigner(corrupted));
      expect(error).toBeInstanceOf(NoteKeyError);
      expect(error.code).toBe('INTEGRITY.NOTE_KEY_INVALID');
      expect(longestSharedSubstring(`${error.message}${String(error.stack)}`, corrupted)).toBeLessThanOrEqual(6);
    }
  });

  it('says so, without repeating it, when a private key is given as verifier key', () => {
    const error = captured(() => parseNoteVerifier(peter.privateKey));
    expect(error.message).toMatch(/this is a private key/);
    expect(longestSharedSubstring(error.message, peter.privateKey)).toBeLessThanOrEqual(6);
  });

  it('keeps the private key out of logs and JSON', () => {
    const signer = parseNoteSigner(peter.privateKey);
    const seed = peter.privateKey.split('+').slice(4).join('+');
    expect(JSON.stringify(signer)).not.toContain(seed.slice(1, 20));
    expect(inspect(signer, { depth: 5, showHidden: true })).not.toContain(seed.slice(1, 20));
  });

  describe('key names', () => {
    it.each(['PeterNeumann', 'example.com/log42', 'sum.golang.org', 'café/東京', 'a'])('accepts %j', (name) => {
      expect(isValidNoteKeyName(name)).toBe(true);
      expect(parseNoteVerifier(generateNoteKey(name).verifierKey).name).toBe(name);
    });
    it.each(['', 'a+b', 'a b', 'a\tb', 'a\nb', 'a\u00a0b', 'a\u2003b', 'a\u3000b', 'a\u0085b', 'a\u0001b', 'a\ud800b'])('refuses %j', (name) => {
      expect(isValidNoteKeyName(name)).toBe(false);
      expect(() => generateNoteKey(name)).toThrow(NoteKeyError);
    });
  });
});

/** Every proper substring and every copy with one byte incremented, as Go's tests build them. */
function manglings(key: string): string[] {
  const bytes = Buffer.from(key, 'utf8');
  const result: string[] = [];
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i + 1; j <= bytes.length; j++) if (i !== 0 || j !== bytes.length) result.push(bytes.subarray(i, j).toString('latin1'));
  }
  for (let i = 0; i < bytes.length; i++) {
    const changed = Buffer.from(bytes);
    changed[i]++;
    result.push(changed.toString('latin1'));
  }
  return result;
}

function throwsKeyError(run: () => unknown): boolean {
  return captured(run) instanceof NoteKeyError;
}

function captured(run: () => unknown): NoteKeyError {
  try {
    run();
  } catch (error) {
    return error as NoteKeyError;
  }
  return undefined as unknown as NoteKeyError;
}

function longestSharedSubstring(haystack: string, needle: string): number {
  let longest = 0;
  for (let i = 0; i < needle.length; i++) {
    for (let j = i + longest + 1; j <= needle.length && haystack.includes(needle.slice(i, j)); j++) longest = j - i;
  }
  return longest;
}
