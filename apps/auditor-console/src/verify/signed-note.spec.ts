import { parseCheckpoint } from './checkpoint.js';
import { toHex } from './bytes.js';
import { openSignedNote } from './signed-note.js';
import { integrityTestdata } from './testdata.js';
import { parseVerifierKey, type VerifierKey } from './verifier-key.js';

const c2sp = integrityTestdata<{ signedNoteExample: { verifierKey: string; note: string; text: string } }>('note/c2sp-examples.json');
const go = integrityTestdata<{
  text: string;
  keys: { name: string; keyHash: string; verifierKey: string }[];
  signedNote: string;
  doublySignedNote: string;
  badVerifierKeys: { key: string; why: string }[];
  invalidSignature: { note: string };
}>('note/go-sumdb-note.json');
const pairs = integrityTestdata<{ pairs: { verifierKey: string }[] }>('note/transparency-dev-keys.json').pairs;
const bodies = integrityTestdata<{ valid: { source: string; text: string; origin: string; treeSize: number; rootHashHex: string }[]; invalid: { why: string; text: string }[] }>('note/checkpoint-bodies.json');

async function key(text: string): Promise<VerifierKey> {
  const parsed = await parseVerifierKey(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('the console signed-note verifier (WebCrypto Ed25519)', () => {
  it('opens the C2SP signed-note example with its verifier key', async () => {
    const opened = await openSignedNote(c2sp.signedNoteExample.note, await key(c2sp.signedNoteExample.verifierKey));
    expect(opened).toEqual({ ok: true, text: c2sp.signedNoteExample.text });
  });

  it('opens Go’s signed and doubly signed notes with either key', async () => {
    for (const k of go.keys) {
      const parsed = await key(k.verifierKey);
      expect(toHex(Uint8Array.of(parsed.keyHash >>> 24, (parsed.keyHash >>> 16) & 255, (parsed.keyHash >>> 8) & 255, parsed.keyHash & 255))).toBe(k.keyHash);
      expect(await openSignedNote(go.doublySignedNote, parsed)).toEqual({ ok: true, text: go.text });
    }
    expect(await openSignedNote(go.signedNote, await key(go.keys[0]!.verifierKey))).toEqual({ ok: true, text: go.text });
  });

  it('says “not signed by the pinned key” for a note signed by another key', async () => {
    const opened = await openSignedNote(go.signedNote, await key(go.keys[1]!.verifierKey));
    expect(opened).toMatchObject({ ok: false, reason: 'not-signed-by-key', detail: 'no signature by the pinned key' });
  });

  it('refuses an invalid signature and an altered text', async () => {
    const peter = await key(go.keys[0]!.verifierKey);
    expect(await openSignedNote(go.invalidSignature.note, peter)).toMatchObject({ ok: false });
    const altered = go.signedNote.replace('cryptography', 'cryptographY');
    expect(await openSignedNote(altered, peter)).toMatchObject({ ok: false, reason: 'not-signed-by-key', detail: 'the signature by the pinned key does not verify' });
  });

  it('parses every transparency-dev verifier key, “+” in the key data included', async () => {
    for (const pair of pairs) expect(typeof (await parseVerifierKey(pair.verifierKey))).toBe('object');
  });

  it.each(go.badVerifierKeys.map((k) => [k.why, k.key]))('refuses a bad verifier key: %s', async (_why, text) => {
    expect(typeof (await parseVerifierKey(text))).toBe('string');
  });

  it('refuses a key whose key hash was mistyped', async () => {
    const typo = go.keys[0]!.verifierKey.replace('+c74f20a3+', '+c74f20a4+');
    expect(await parseVerifierKey(typo)).toBe('the key hash does not match the name and key (a typo?)');
  });

  it.each(bodies.valid.map((b) => [b.source, b] as const))('parses the checkpoint body %s', (_name, body) => {
    const parsed = parseCheckpoint(body.text);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect({ origin: parsed.origin, treeSize: parsed.treeSize, root: toHex(parsed.rootHash) }).toEqual({ origin: body.origin, treeSize: body.treeSize, root: body.rootHashHex });
  });

  it.each(bodies.invalid.map((b) => [b.why, b] as const))('refuses the checkpoint body %s', (_name, body) => {
    expect(typeof parseCheckpoint(body.text)).toBe('string');
  });
});
