import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCheckpoint } from '../note/checkpoint.js';
import { openNote } from '../note/open-note.js';
import { parseNoteSigner } from '../note/note-signer.js';
import { parseNoteVerifier } from '../note/note-verifier.js';
import { signNote } from '../note/sign-note.js';
import { computeRecordHash } from '../record-hash.js';
import { consistencyProof } from './consistency-proof.js';
import { verifyConsistency } from './consistency-verification.js';
import { inclusionProof } from './inclusion-proof.js';
import { verifyInclusion } from './inclusion-verification.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { hashLeaf } from './merkle-hash.js';
import { merkleRoot } from './merkle-root.js';

/** The transparency-log worked example in docs/INTEGRITY.md: every value in it is what this library computes. */
describe('the transparency-log worked example in docs/INTEGRITY.md', () => {
  const doc = readFileSync(join(process.cwd(), 'docs/INTEGRITY.md'), 'utf8');
  const block = (info: string) => {
    const match = new RegExp('```' + info + '\\n([\\s\\S]*?)\\n```').exec(doc);
    if (!match) throw new Error(`no \`\`\`${info} block in docs/INTEGRITY.md`);
    return match[1]!;
  };
  const records = block('ndjson example-ledger').split('\n').map((line) => JSON.parse(line) as { hash: string; eventId: string; sequence: number });
  const leaves = records.map((record) => hashLeaf(Buffer.from(record.hash, 'hex')));
  const reader = new LeafHashesNodeReader(leaves);
  const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));

  it('holds three chained records whose hashes follow the hash rule', () => {
    expect(records.map((r) => r.sequence)).toEqual([1, 2, 3]);
    for (const record of records) expect(computeRecordHash(record)).toBe(record.hash);
  });

  it('states the leaf hashes and the roots of sizes 2 and 3', () => {
    expect(block('text example-leaf-hashes').split('\n')).toEqual(hex(leaves));
    expect(block('text example-root-2')).toBe(merkleRoot(2, reader).toString('hex'));
    expect(block('text example-root')).toBe(merkleRoot(3, reader).toString('hex'));
  });

  it('shows the checkpoint exactly as the published test key signs it, and it verifies with the verifier key', () => {
    const signer = parseNoteSigner(block('text example-private-key'));
    expect(signer.verifierKey).toBe(block('text example-verifier-key'));
    const note = signNote(formatCheckpoint({ origin: 'example.test/demo', treeSize: 3, rootHash: merkleRoot(3, reader) }), signer);
    expect(block('text example-checkpoint')).toBe(note.trimEnd());
    expect(openNote(note, [parseNoteVerifier(block('text example-verifier-key'))]).signatures[0]!.verified).toBe(true);
  });

  it('shows the inclusion proof of sequence 2 and the consistency proof 2 → 3, and both verify', () => {
    const inclusion = JSON.parse(block('json example-inclusion-proof')) as { eventId: string; leafIndex: number; treeSize: number; rootHash: string; hashes: string[] };
    expect(inclusion).toEqual({ eventId: records[1]!.eventId, sequence: 2, leafIndex: 1, treeSize: 3, rootHash: merkleRoot(3, reader).toString('hex'), hashes: hex(inclusionProof(1, 3, reader)) });
    expect(verifyInclusion(1, 3, leaves[1]!, inclusion.hashes.map((h) => Buffer.from(h, 'hex')), merkleRoot(3, reader))).toBe(true);
    const consistency = JSON.parse(block('json example-consistency-proof')) as { hashes: string[] };
    expect(consistency).toEqual({ fromSize: 2, toSize: 3, hashes: hex(consistencyProof(2, 3, reader)) });
    expect(verifyConsistency(2, 3, merkleRoot(2, reader), merkleRoot(3, reader), consistency.hashes.map((h) => Buffer.from(h, 'hex')))).toBe(true);
  });
});
