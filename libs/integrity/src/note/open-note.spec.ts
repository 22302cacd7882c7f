import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCheckpoint } from './checkpoint.js';
import { generateNoteKey } from './generate-note-key.js';
import { NoteKeyError, NoteVerificationError } from './note.errors.js';
import { parseNoteSigner } from './note-signer.js';
import { parseNoteVerifier, type NoteVerifier } from './note-verifier.js';
import { MAX_NOTE_SIGNATURES, openNote } from './open-note.js';
import { parseCheckpoint } from './parse-checkpoint.js';
import { signNote } from './sign-note.js';

const testdata = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/note', name), 'utf8'));
// golang.org/x/mod sumdb/note/note_test.go TestOpen (see testdata/README.md).
const go = testdata('go-sumdb-note.json');
// The examples of C2SP signed-note.md, tlog-checkpoint.md and tlog-cosignature.md.
const c2sp = testdata('c2sp-examples.json');
const peter = parseNoteVerifier(go.keys[0].verifierKey);
const enoch = parseNoteVerifier(go.keys[1].verifierKey);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const signatureOf = (line: string) => Buffer.from(line.trim().split(' ')[2], 'base64').subarray(4);

describe('openNote', () => {
  describe("Go's vectors (TestOpen)", () => {
    it('opens the signed note, returning its text and the verified signature', () => {
      expect(openNote(go.signedNote, [peter])).toEqual({
        text: go.text,
        signatures: [{ name: 'PeterNeumann', keyHash: 0xc74f20a3, signature: signatureOf(go.keys[0].signatureLine), verified: true }],
      });
    });

    it('reports a signature by an unknown key as unverified', () => {
      const { signatures } = openNote(go.doublySignedNote, [peter]);
      expect(signatures.map((s) => [s.name, s.keyHash, s.verified])).toEqual([['PeterNeumann', 0xc74f20a3, true], ['EnochRoot', 0xaf0cfe78, false]]);
    });

    it('verifies both signatures when both keys are known', () => {
      expect(openNote(go.doublySignedNote, [peter, enoch]).signatures.map((s) => s.verified)).toEqual([true, true]);
    });

    it('refuses a note with no signature by a known key, handing back what it read', () => {
      const error = verificationError(() => openNote(go.doublySignedNote, []));
      expect(error.code).toBe('INTEGRITY.NOTE_UNKNOWN_KEY');
      expect(error.details.note?.text).toBe(go.text);
      expect(error.details.note?.signatures.map((s) => s.verified)).toEqual([false, false]);
    });

    it('refuses a signature by a known key that does not verify, naming the key', () => {
      const error = verificationError(() => openNote(go.invalidSignature.note, [peter]));
      expect(error.code).toBe('INTEGRITY.NOTE_SIGNATURE_INVALID');
      expect(error.details).toEqual({ keyName: 'PeterNeumann', keyHash: 0xc74f20a3 });
      expect(error.message).toBe('signature by known key PeterNeumann+c74f20a3 does not verify');
    });

    it('lists a line repeated verbatim once', () => {
      const { signatures } = openNote(go.duplicates.note, [peter]);
      expect(signatures.map((s) => ({ name: s.name, keyHash: s.keyHash.toString(16), verified: s.verified }))).toEqual(
        go.duplicates.expected.map(({ name, keyHash, verified }: { name: string; keyHash: string; verified: boolean }) => ({ name, keyHash, verified })),
      );
      expect(signatures[2].signature).toEqual(signatureOf(go.duplicates.expected[2].line));
    });

    it('refuses a verifier list holding the same key twice (ambiguous key)', () => {
      expect(() => openNote(go.signedNote, [enoch, peter, enoch])).toThrow(NoteKeyError);
    });

    it.each(go.malformed as { why: string; note?: string; noteBase64?: string }[])('refuses a malformed note: $why', ({ note, noteBase64 }) => {
      const input = note ?? new Uint8Array(Buffer.from(noteBase64 as string, 'base64'));
      expect(verificationError(() => openNote(input, [peter])).code).toBe('INTEGRITY.NOTE_MALFORMED');
    });

    it('treats a signature under another name or key hash as unknown, not as the known key (misnamedSig, wrongHash)', () => {
      const renamed = go.signedNote.replaceAll('PeterNeumann', 'CarmenSandiego');
      const rehashed = go.signedNote.replaceAll('x08g', 'xxxx');
      expect(verificationError(() => openNote(renamed, [peter])).code).toBe('INTEGRITY.NOTE_UNKNOWN_KEY');
      expect(verificationError(() => openNote(rehashed, [peter])).code).toBe('INTEGRITY.NOTE_UNKNOWN_KEY');
    });

    it('opens the note given as UTF-8 bytes', () => {
      expect(openNote(new Uint8Array(Buffer.from(go.signedNote)), [peter]).text).toBe(go.text);
    });
  });

  describe('C2SP examples', () => {
    it('opens the signed-note example with its published verifier key', () => {
      const opened = openNote(c2sp.signedNoteExample.note, [parseNoteVerifier(c2sp.signedNoteExample.verifierKey)]);
      expect(opened.text).toBe(c2sp.signedNoteExample.text);
      expect(opened.signatures.map((s) => s.verified)).toEqual([true]);
    });

    it('splits the poem example at its last blank line, keeping the blank line of the text', () => {
      const { details } = verificationError(() => openNote(c2sp.poemExample.note, []));
      expect(details.note?.text).toBe(c2sp.poemExample.text);
      expect(details.note?.signatures.map((s) => [s.name, s.keyHash.toString(16)])).toEqual([[c2sp.poemExample.keyName, c2sp.poemExample.keyHash]]);
    });

    it('reads the checkpoint example as not signed by a pinned key of the same name but another key', () => {
      const pinned = parseNoteVerifier(generateNoteKey(c2sp.checkpointExample.origin).verifierKey);
      const error = verificationError(() => openNote(c2sp.checkpointExample.note, [pinned]));
      expect(error.code).toBe('INTEGRITY.NOTE_UNKNOWN_KEY');
      expect(error.details.note?.signatures[0].keyHash.toString(16).padStart(8, '0')).toBe(c2sp.checkpointExample.keyHash);
      const checkpoint = parseCheckpoint(error.details.note?.text as string);
      expect([checkpoint.origin, checkpoint.treeSize, checkpoint.rootHash.toString('hex')]).toEqual([
        c2sp.checkpointExample.origin,
        c2sp.checkpointExample.treeSize,
        c2sp.checkpointExample.rootHashHex,
      ]);
    });

    it('reads a cosignature of another type as one more unknown signature', () => {
      const { details } = verificationError(() => openNote(c2sp.cosignedCheckpointExample.note, []));
      expect(details.note?.signatures.map((s) => ({ name: s.name, keyHash: s.keyHash.toString(16).padStart(8, '0'), signatureBytes: s.signature.length }))).toEqual(
        c2sp.cosignedCheckpointExample.signatures,
      );
    });
  });

  describe('each way of breaking a signed checkpoint', () => {
    const key = generateNoteKey('ledger.example/log');
    const pinned = parseNoteVerifier(key.verifierKey);
    const text = formatCheckpoint({ origin: 'ledger.example/log', treeSize: 5, rootHash: Buffer.alloc(32, 0xab) });
    const signed = signNote(text, parseNoteSigner(key.privateKey));
    const [body, line] = [signed.slice(0, text.length), signed.slice(text.length + 1, -1)];
    const sig64 = line.slice(line.lastIndexOf(' ') + 1);
    const withSig64 = (b64: string) => `${body}\n${line.slice(0, line.lastIndexOf(' ') + 1)}${b64}\n`;
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);

    it('opens intact', () => {
      expect(openNote(signed, [pinned]).text).toBe(text);
    });

    it.each([
      ['a changed byte in the text', signed.replace('\n5\n', '\n6\n'), 'INTEGRITY.NOTE_SIGNATURE_INVALID'],
      ['a changed byte in the signature', withSig64(flip(sig64, 20)), 'INTEGRITY.NOTE_SIGNATURE_INVALID'],
      ['a signature cut short (known key)', withSig64(Buffer.from(sig64, 'base64').subarray(0, 40).toString('base64')), 'INTEGRITY.NOTE_SIGNATURE_INVALID'],
      ['a wrong key name', signed.replace('\u2014 ledger.example/log ', '\u2014 ledger.example/other '), 'INTEGRITY.NOTE_UNKNOWN_KEY'],
      ['a wrong key hash', withSig64(flip(sig64, 0)), 'INTEGRITY.NOTE_UNKNOWN_KEY'],
      ['no blank line', `${body}${line}\n`, 'INTEGRITY.NOTE_MALFORMED'],
      ['a hyphen for the em dash', signed.replace('\u2014', '-'), 'INTEGRITY.NOTE_MALFORMED'],
      ['bad base64', withSig64(`${sig64.slice(0, -2)}!=`), 'INTEGRITY.NOTE_MALFORMED'],
      ['unpadded base64', withSig64(sig64.replace(/=+$/, '')), 'INTEGRITY.NOTE_MALFORMED'],
      ['non-zero base64 padding bits', withSig64(`${sig64.slice(0, -2)}${B64[B64.indexOf(sig64.at(-2) as string) ^ 1]}=`), 'INTEGRITY.NOTE_MALFORMED'],
      ['a signature of only the key hash', withSig64(Buffer.from(sig64, 'base64').subarray(0, 4).toString('base64')), 'INTEGRITY.NOTE_MALFORMED'],
      ['a carriage return', signed.replace('\n\n', '\r\n\n'), 'INTEGRITY.NOTE_MALFORMED'],
      ['a lone surrogate', `\ud800${signed}`, 'INTEGRITY.NOTE_MALFORMED'],
      [`${MAX_NOTE_SIGNATURES + 1} signature lines`, `${body}\n${`${line}\n`.repeat(MAX_NOTE_SIGNATURES + 1)}`, 'INTEGRITY.NOTE_MALFORMED'],
    ])('refuses %s', (_what, note, code) => {
      expect(verificationError(() => openNote(note, [pinned])).code).toBe(code);
    });

    it(`accepts ${MAX_NOTE_SIGNATURES} lines, and 16 signatures by different keys (C2SP's minimum)`, () => {
      expect(openNote(`${body}\n${`${line}\n`.repeat(MAX_NOTE_SIGNATURES)}`, [pinned]).signatures).toHaveLength(1);
      const others = Array.from({ length: 15 }, (_, i) => parseNoteSigner(generateNoteKey(`witness.example/w${i}`).privateKey));
      const cosigned = signNote(text, [parseNoteSigner(key.privateKey), ...others]);
      const verifiers: NoteVerifier[] = [pinned, ...others.map((s) => parseNoteVerifier(s.verifierKey))];
      expect(openNote(cosigned, verifiers).signatures.filter((s) => s.verified)).toHaveLength(16);
    });
  });
});

function verificationError(run: () => unknown): NoteVerificationError {
  try {
    run();
  } catch (error) {
    if (error instanceof NoteVerificationError) return error;
    throw error;
  }
  throw new Error('expected a NoteVerificationError');
}
