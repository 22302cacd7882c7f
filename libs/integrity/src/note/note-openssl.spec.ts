import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCheckpoint } from './checkpoint.js';
import { generateNoteKey } from './generate-note-key.js';
import { parseNoteSigner } from './note-signer.js';
import { parseNoteVerifier } from './note-verifier.js';
import { openNote } from './open-note.js';
import { signNote } from './sign-note.js';

// An independent check: the openssl command line signs and verifies the same bytes as this library.
// The DER prefixes are the fixed headers of RFC 8410 keys, as `openssl genpkey -algorithm ed25519
// -outform DER | xxd` and `openssl pkey -pubout -outform DER | xxd` print them.
const PKCS8 = '302e020100300506032b657004220420';
const SPKI = '302a300506032b6570032100';
const pem = (label: string, der: Buffer) => [`-----BEGIN ${label}-----`, ...(der.toString('base64').match(/.{1,64}/g) ?? []), `-----END ${label}-----`, ''].join('\n');
// The key data of a note key is its last 44 characters (base64 of 33 bytes; it may contain '+').
const keyData = (key: string) => Buffer.from(key.slice(-44), 'base64').subarray(1);
// golang.org/x/mod sumdb/note/note_test.go: the PeterNeumann key pair.
const peter = JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/note/go-sumdb-note.json'), 'utf8')).keys[0];

const dir = mkdtempSync(join(tmpdir(), 'note-openssl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

function opensslSignsEd25519(): boolean {
  try {
    openssl('genpkey', '-algorithm', 'ed25519', '-out', join(dir, 'probe.pem'));
    openssl('pkeyutl', '-sign', '-inkey', join(dir, 'probe.pem'), '-rawin', '-in', file('probe.txt', 'x'), '-out', join(dir, 'probe.sig'));
    return true;
  } catch {
    return false;
  }
}
const available = opensslSignsEd25519();
if (!available) console.warn('note-openssl.spec: skipped, no openssl with Ed25519 raw signing (pkeyutl -rawin) on PATH');
const withOpenssl = available ? it : it.skip;

describe('signed notes against openssl', () => {
  const text = formatCheckpoint({ origin: 'ledger.example/log', treeSize: 42, rootHash: Buffer.alloc(32, 0x5a) });

  withOpenssl('openssl verifies the signature our signNote made, with the public key from our verifier key', () => {
    const { privateKey, verifierKey } = generateNoteKey('ledger.example/log');
    const note = signNote(text, parseNoteSigner(privateKey));
    const signature = Buffer.from(note.slice(note.lastIndexOf(' ') + 1, -1), 'base64').subarray(4);
    const publicPem = file('pub.pem', pem('PUBLIC KEY', Buffer.concat([Buffer.from(SPKI, 'hex'), keyData(verifierKey)])));
    const verify = (message: string) =>
      openssl('pkeyutl', '-verify', '-pubin', '-inkey', publicPem, '-rawin', '-in', file('msg.txt', message), '-sigfile', file('msg.sig', signature)).toString();
    expect(verify(text)).toMatch(/Signature Verified Successfully/);
    expect(() => verify(text.replace('42', '43'))).toThrow();
  });

  withOpenssl("openssl derives the public key of Go's PeterNeumann seed that the verifier key holds", () => {
    const privatePem = file('peter.pem', pem('PRIVATE KEY', Buffer.concat([Buffer.from(PKCS8, 'hex'), keyData(peter.privateKey)])));
    const publicDer = openssl('pkey', '-in', privatePem, '-pubout', '-outform', 'DER');
    expect(publicDer.subarray(SPKI.length / 2)).toEqual(keyData(peter.verifierKey));
  });

  withOpenssl('openNote accepts a note whose signature openssl made from the seed, identical to our own', () => {
    const privatePem = file('peter.pem', pem('PRIVATE KEY', Buffer.concat([Buffer.from(PKCS8, 'hex'), keyData(peter.privateKey)])));
    const signature = openssl('pkeyutl', '-sign', '-inkey', privatePem, '-rawin', '-in', file('cp.txt', text));
    const note = `${text}\n\u2014 PeterNeumann ${Buffer.concat([Buffer.from('c74f20a3', 'hex'), signature]).toString('base64')}\n`;
    expect(openNote(note, [parseNoteVerifier(peter.verifierKey)]).signatures.map((s) => s.verified)).toEqual([true]);
    expect(signNote(text, parseNoteSigner(peter.privateKey))).toBe(note);
  });

  withOpenssl('a key openssl generated works as a note key, with the verifier key its public key gives', () => {
    const privatePem = file('gen.pem', openssl('genpkey', '-algorithm', 'ed25519'));
    const seed = openssl('pkey', '-in', privatePem, '-outform', 'DER').subarray(PKCS8.length / 2);
    const publicKey = openssl('pkey', '-in', privatePem, '-pubout', '-outform', 'DER').subarray(SPKI.length / 2);
    const name = 'openssl.example/key';
    const typedPublic = Buffer.concat([Buffer.of(1), publicKey]);
    const hash = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: Buffer.concat([Buffer.from(`${name}\n`), typedPublic]) }).subarray(0, 4).toString('hex');
    const signer = parseNoteSigner(`PRIVATE+KEY+${name}+${hash}+${Buffer.concat([Buffer.of(1), seed]).toString('base64')}`);
    expect(signer.verifierKey).toBe(`${name}+${hash}+${typedPublic.toString('base64')}`);
  });
});
