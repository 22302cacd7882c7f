import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize } from './canonical-json.js';
import { computeRecordHash } from './record-hash.js';

/** docs/INTEGRITY.md carries a worked example; this keeps it true. */
describe('the worked example in docs/INTEGRITY.md', () => {
  const doc = readFileSync(join(process.cwd(), 'docs/INTEGRITY.md'), 'utf8');
  const block = (info: string) => {
    const match = new RegExp('```' + info + '\\n([\\s\\S]*?)\\n```').exec(doc);
    if (!match) throw new Error(`no \`\`\`${info} block in docs/INTEGRITY.md`);
    return match[1]!;
  };
  const record = JSON.parse(block('json example-record')) as Record<string, unknown>;

  it('states the canonical form of the record without its hash', () => {
    const { hash: _hash, ...unsealed } = record;
    expect(canonicalize(unsealed)).toBe(block('text example-canonical'));
  });

  it('states the hash the rule produces, which the record carries', () => {
    expect(computeRecordHash(record)).toBe(block('text example-hash'));
    expect(record['hash']).toBe(block('text example-hash'));
  });

  it('has nested context and non-ASCII text, as the contract promises to cover', () => {
    expect(block('text example-canonical')).toMatch(/Zürich/);
    expect(block('text example-canonical')).toMatch(/東京/);
    expect(typeof (record['context'] as Record<string, unknown>)['before']).toBe('object');
  });
});
