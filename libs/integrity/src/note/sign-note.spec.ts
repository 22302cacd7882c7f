import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNoteKey } from './generate-note-key.js';
import { NoteFormatError, NoteKeyError } from './note.errors.js';
import { parseNoteSigner, type NoteSigner } from './note-signer.js';
import { parseNoteVerifier } from './note-verifier.js';
import { openNote } from './open-note.js';
import { signNote } from './sign-note.js';

// golang.org/x/mod sumdb/note/note_test.go and example_test.go (see testdata/README.md).
const go = JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/note/go-sumdb-note.json'), 'utf8')) as {
  text: string;
  keys: { name: string; privateKey: string; verifierKey: string; signatureLine: string }[];
  signedNote: string;
  doublySignedNote: string;
};
const [peter, enoch] = go.keys.map((key) => parseNoteSigner(key.privateKey));

describe('signNote', () => {
  it("writes Go's signed note byte for byte (TestSign)", () => {
    expect(signNote(go.text, peter)).toBe(go.signedNote);
  });

  it("writes Go's doubly signed note, signers in order (ExampleSign_add_signatures)", () => {
    expect(signNote(go.text, [peter, enoch])).toBe(go.doublySignedNote);
  });

  it('gives the same note for the same key and text every time (Ed25519 is deterministic)', () => {
    const signer = parseNoteSigner(generateNoteKey('ledger.example/log').privateKey);
    const text = 'ledger.example/log\n7\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';
    expect(signNote(text, signer)).toBe(signNote(text, signer));
  });

  it('signs a text holding blank lines and signature-like lines so that it opens to the same text', () => {
    const { privateKey, verifierKey } = generateNoteKey('ledger.example/log');
    const text = 'first\n\n\u2014 fake AAAAAAA=\n\n';
    const opened = openNote(signNote(text, parseNoteSigner(privateKey)), [parseNoteVerifier(verifierKey)]);
    expect(opened.text).toBe(text);
    expect(opened.signatures).toHaveLength(1);
  });

  it.each([
    ['a text without final newline (Go: "abc")', 'abc'],
    ['the empty text', ''],
    ['a carriage return', 'a\r\n'],
    ['a NUL', 'a\u0000b\n'],
    ['a lone surrogate', 'a\ud800\n'],
  ])('refuses %s', (_what, text) => {
    const error = captured(() => signNote(text, peter));
    expect(error).toBeInstanceOf(NoteFormatError);
    expect((error as NoteFormatError).code).toBe('INTEGRITY.NOTE_TEXT_INVALID');
  });

  it('refuses no signer, or a signer with an invalid name (Go: "invalid signer")', () => {
    expect(() => signNote(go.text, [])).toThrow(NoteKeyError);
    const badName: NoteSigner = { ...peter, name: 'bad name', sign: (message) => peter.sign(message) };
    expect(() => signNote(go.text, badName)).toThrow(NoteKeyError);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
