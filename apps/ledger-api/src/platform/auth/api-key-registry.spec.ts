import { createHash } from 'node:crypto';
import { ApiKeyRegistry } from './api-key-registry.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ACME = 'acme-key-0123456789abcdef';
const OTHER = 'other-key-0123456789abcdef';

describe('ApiKeyRegistry', () => {
  const registry = new ApiKeyRegistry([
    { keySha256: sha256(ACME), ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] },
    { keySha256: sha256(OTHER), ledgerId: 'other', scopes: ['ledger:admin'] },
  ]);

  it('recognises each configured key as the principal of its own ledger', () => {
    const acme = registry.authenticate(ACME);
    expect(acme).toEqual({ ledgerId: 'acme', scopes: new Set(['audit:write', 'audit:read']), keyId: sha256(ACME).slice(0, 12) });
    expect(registry.authenticate(OTHER)).toMatchObject({ ledgerId: 'other', scopes: new Set(['ledger:admin']) });
  });

  it('identifies a key in logs by a short prefix of its hash, never by the key', () => {
    const keyId = registry.authenticate(ACME)!.keyId;
    expect(keyId).toMatch(/^[0-9a-f]{12}$/);
    expect(ACME).not.toContain(keyId);
  });

  it.each([
    ['an unknown key', 'nobody-key-0123456789abcd'],
    ['a key one character off', `${ACME.slice(0, -1)}x`],
    ['a prefix of a key', ACME.slice(0, 10)],
    ['the key with whitespace', ` ${ACME}`],
    ['the key’s hash instead of the key', sha256(ACME)],
  ])('refuses %s', (_, presented) => {
    expect(registry.authenticate(presented)).toBeUndefined();
  });

  it('knows no key when none is configured', () => {
    expect(new ApiKeyRegistry([]).authenticate(ACME)).toBeUndefined();
  });
});
