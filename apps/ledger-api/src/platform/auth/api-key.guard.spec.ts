import { Controller, Get } from '@nestjs/common';
import { startPlatformTestApp, TEST_KEYS, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';
import { CurrentPrincipal, Public, RequireScopes } from './auth.decorators.js';
import type { Principal } from './principal.js';

const describePrincipal = (principal: Principal) => ({ ledgerId: principal.ledgerId, keyId: principal.keyId, scopes: [...principal.scopes].sort() });

@Controller('probe')
class ProbeHttpController {
  @Get('open')
  @Public()
  open() {
    return { open: true };
  }

  @Get('any-key')
  anyKey(@CurrentPrincipal() principal: Principal) {
    return describePrincipal(principal);
  }

  @Get('read')
  @RequireScopes('audit:read')
  read(@CurrentPrincipal() principal: Principal) {
    return describePrincipal(principal);
  }

  @Get('admin-write')
  @RequireScopes('ledger:admin', 'audit:write')
  adminWrite() {
    return { ok: true };
  }
}

@Public()
@Controller('public-class')
class PublicHttpController {
  @Get()
  open() {
    return { open: true };
  }
}

describe('ApiKeyGuard (global, over real HTTP)', () => {
  let test: PlatformTestApp;
  beforeAll(async () => {
    test = await startPlatformTestApp({ controllers: [ProbeHttpController, PublicHttpController] });
  });
  afterAll(() => test.close());

  const get = (path: string, key?: string) => test.request('GET', path, { headers: key === undefined ? {} : { 'x-api-key': key } });
  const expectRefused = async (path: string, key: string | undefined, status: number, code: string) => {
    const response = await get(path, key);
    expect({ status: response.status, code: response.json?.code }).toEqual({ status, code });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  };

  it('lets anyone reach @Public() routes and controllers', async () => {
    expect((await get('/probe/open')).status).toBe(200);
    expect((await get('/public-class')).status).toBe(200);
  });

  it('answers 401 AUTH.MISSING_API_KEY without a key (or with an empty one)', async () => {
    await expectRefused('/probe/any-key', undefined, 401, 'AUTH.MISSING_API_KEY');
    await expectRefused('/probe/any-key', '', 401, 'AUTH.MISSING_API_KEY');
  });

  it.each([
    ['an unknown key', 'not-a-key-of-this-service'],
    ['a known key with a typo', `${TEST_KEYS.reader}x`],
    ['an absurdly long key', 'k'.repeat(10_000)],
  ])('answers 401 AUTH.UNKNOWN_API_KEY for %s', async (_, key) => {
    await expectRefused('/probe/read', key, 401, 'AUTH.UNKNOWN_API_KEY');
  });

  describe('Authorization: Bearer', () => {
    const withHeaders = (path: string, headers: Record<string, string>) => test.request('GET', path, { headers });

    it.each(['Bearer', 'bearer', 'BEARER'])('is accepted wherever X-API-Key is, with the scheme spelled %s', async (scheme) => {
      const response = await withHeaders('/probe/read', { authorization: `${scheme} ${TEST_KEYS.reader}` });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ ledgerId: 'acme', scopes: ['audit:read'] });
    });

    it('is held to the same scopes and keys', async () => {
      expect((await withHeaders('/probe/admin-write', { authorization: `Bearer ${TEST_KEYS.reader}` })).json?.code).toBe('AUTH.MISSING_SCOPE');
      expect((await withHeaders('/probe/read', { authorization: `Bearer ${TEST_KEYS.reader}x` })).json?.code).toBe('AUTH.UNKNOWN_API_KEY');
      expect((await withHeaders('/probe/read', { authorization: 'Bearer ' })).json?.code).toBe('AUTH.MISSING_API_KEY');
    });

    it('is ignored under another scheme (a gateway’s credentials), leaving X-API-Key to decide', async () => {
      expect((await withHeaders('/probe/read', { authorization: `Basic ${TEST_KEYS.reader}` })).json?.code).toBe('AUTH.MISSING_API_KEY');
      expect((await withHeaders('/probe/read', { authorization: 'Basic dXNlcjpwdw==', 'x-api-key': TEST_KEYS.reader })).status).toBe(200);
    });

    it('may repeat the X-API-Key, and answers 400 AUTH.CONFLICTING_API_KEYS when the two keys differ, even if one is valid', async () => {
      expect((await withHeaders('/probe/read', { authorization: `Bearer ${TEST_KEYS.reader}`, 'x-api-key': TEST_KEYS.reader })).status).toBe(200);
      const response = await withHeaders('/probe/read', { authorization: `Bearer ${TEST_KEYS.reader}`, 'x-api-key': TEST_KEYS.writer });
      expect({ status: response.status, code: response.json?.code }).toEqual({ status: 400, code: 'AUTH.CONFLICTING_API_KEYS' });
      expect(JSON.stringify(response.json)).not.toContain(TEST_KEYS.reader);
      expect(JSON.stringify(response.json)).not.toContain(TEST_KEYS.writer);
    });
  });

  it('lets any valid key reach a route that names no scope, and hands the route its principal', async () => {
    const response = await get('/probe/any-key', TEST_KEYS.writer);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ledgerId: 'acme', keyId: expect.stringMatching(/^[0-9a-f]{12}$/), scopes: ['audit:write'] });
  });

  it('answers 403 AUTH.MISSING_SCOPE when the key lacks a required scope', async () => {
    await expectRefused('/probe/read', TEST_KEYS.writer, 403, 'AUTH.MISSING_SCOPE');
    const refused = await get('/probe/admin-write', TEST_KEYS.reader);
    expect(refused.json.detail).toMatch(/ledger:admin and audit:write/);
  });

  it('requires every listed scope', async () => {
    expect((await get('/probe/read', TEST_KEYS.reader)).status).toBe(200);
    expect((await get('/probe/admin-write', TEST_KEYS.admin)).status).toBe(200);
  });

  it('never writes the key into the log', async () => {
    await get('/probe/read', TEST_KEYS.reader);
    await get('/probe/read', TEST_KEYS.writer);
    expect(JSON.stringify(test.logLines())).not.toMatch(/test-key-/);
  });
});
