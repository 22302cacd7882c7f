import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCheckpoint } from './checkpoint.js';
import { CheckpointFormatError } from './note.errors.js';
import { parseCheckpoint } from './parse-checkpoint.js';

// Go sumdb/tlog note_test.go, transparency-dev/formats log/checkpoint_test.go and the C2SP
// tlog-checkpoint example; each root hash has a `reproduce` command (see testdata/README.md).
const vectors = JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/note/checkpoint-bodies.json'), 'utf8')) as {
  valid: { source: string; text: string; origin: string; treeSize: number; rootHashHex: string; extensions: string[] }[];
  invalid: { source: string; why: string; text: string }[];
};
const [goTree] = vectors.valid;
const root = goTree.text.split('\n')[2];
const withSize = (size: string) => `${goTree.origin}\n${size}\n${root}\n`;
const withRoot = (rootHash: string) => `${goTree.origin}\n1\n${rootHash}\n`;

describe('checkpoint bodies (C2SP tlog-checkpoint)', () => {
  it.each(vectors.valid)('parses and formats back $source', ({ text, origin, treeSize, rootHashHex, extensions }) => {
    const checkpoint = parseCheckpoint(text);
    expect({ ...checkpoint, rootHash: checkpoint.rootHash.toString('hex') }).toEqual({ origin, treeSize, rootHash: rootHashHex, extensions });
    expect(formatCheckpoint(checkpoint)).toBe(text);
  });

  it.each(vectors.invalid)('refuses $why ($source)', ({ text }) => {
    expect(() => parseCheckpoint(text)).toThrow(CheckpointFormatError);
  });

  it('formats the empty tree with size 0 and reads it back', () => {
    const text = formatCheckpoint({ origin: 'ledger.example/log', treeSize: 0, rootHash: new Uint8Array(32) });
    expect(text).toBe('ledger.example/log\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n');
    expect(parseCheckpoint(text).treeSize).toBe(0);
  });

  it('accepts the largest safe tree size and refuses one more, saying why', () => {
    expect(parseCheckpoint(withSize('9007199254740991')).treeSize).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseCheckpoint(withSize('9007199254740992'))).toThrow(/exceeds 2\^53 - 1/);
    expect(() => parseCheckpoint(withSize('18446744073709551615'))).toThrow(/exceeds 2\^53 - 1/);
  });

  it.each(['01', '00', '+1', '-0', '1.0', ' 1', '1 ', '1e3', '0x10', '', '١'])('refuses the non-canonical tree size %j', (size) => {
    expect(() => parseCheckpoint(withSize(size))).toThrow(/tree size is not a decimal number/);
  });

  it.each([
    ['31 bytes', Buffer.alloc(31, 1).toString('base64'), /31 bytes, not 32/],
    ['33 bytes', Buffer.alloc(33, 1).toString('base64'), /33 bytes, not 32/],
    ['unpadded', root.replace(/=$/, ''), /not canonical padded base64/],
    ['URL-safe base64', Buffer.alloc(32, 0xfb).toString('base64url') + '=', /not canonical padded base64/],
    ['non-zero padding bits', root.replace(/0=$/, '1='), /not canonical padded base64/],
  ])('refuses a root hash of %s', (_what, rootHash, message) => {
    expect(() => parseCheckpoint(withRoot(rootHash))).toThrow(message);
  });

  it.each([
    ['no final newline', goTree.text.slice(0, -1)],
    ['an empty extension line', `${goTree.text}\n`],
    ['an empty extension line between two', `${goTree.text}a\n\nb\n`],
    ['a carriage return', goTree.text.replace('\n', '\r\n')],
    ['only two lines', `${goTree.origin}\n1\n`],
  ])('refuses a body with %s', (_what, text) => {
    expect(() => parseCheckpoint(text)).toThrow(CheckpointFormatError);
  });

  it('formats extension lines after the root hash', () => {
    const text = formatCheckpoint({ origin: 'o', treeSize: 3, rootHash: new Uint8Array(32), extensions: ['x 1', 'y'] });
    expect(text.split('\n').slice(3)).toEqual(['x 1', 'y', '']);
    expect(parseCheckpoint(text).extensions).toEqual(['x 1', 'y']);
  });

  it.each([
    ['a tree size above 2^53 - 1', { origin: 'o', treeSize: 2 ** 53, rootHash: new Uint8Array(32) }],
    ['a negative tree size', { origin: 'o', treeSize: -1, rootHash: new Uint8Array(32) }],
    ['a fractional tree size', { origin: 'o', treeSize: 1.5, rootHash: new Uint8Array(32) }],
    ['NaN', { origin: 'o', treeSize: Number.NaN, rootHash: new Uint8Array(32) }],
    ['a 31-byte root', { origin: 'o', treeSize: 1, rootHash: new Uint8Array(31) }],
    ['an empty origin', { origin: '', treeSize: 1, rootHash: new Uint8Array(32) }],
    ['a two-line origin', { origin: 'a\nb', treeSize: 1, rootHash: new Uint8Array(32) }],
    ['an empty extension', { origin: 'o', treeSize: 1, rootHash: new Uint8Array(32), extensions: [''] }],
  ])('refuses to format %s', (_what, checkpoint) => {
    expect(() => formatCheckpoint(checkpoint)).toThrow(CheckpointFormatError);
  });
});
