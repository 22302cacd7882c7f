import { Controller, Get } from '@nestjs/common';
import { Writable } from 'node:stream';
import { Public } from '../auth/index.js';
import { startPlatformTestApp, TEST_KEYS, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';
import { createLedgerLog, NestPinoLogger } from './ledger-log.js';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
};

@Controller()
class LoggingHttpController {
  @Get('work')
  work() {
    return { ok: true };
  }

  @Get('health')
  @Public()
  health() {
    return { status: 'ok' };
  }
}

describe('logging', () => {
  it('writes JSON lines at the configured level and redacts API keys', () => {
    const { lines, destination } = capture();
    const log = createLedgerLog('warn', destination);
    log.info('not at this level');
    log.warn({ req: { headers: { 'x-api-key': 'secret-key', accept: 'json' } } }, 'seen');
    expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'seen', req: { headers: { 'x-api-key': '[redacted]', accept: 'json' } } })]);
  });

  it('gives Nest’s own messages a context, and keeps structured members', () => {
    const { lines, destination } = capture();
    const logger = new NestPinoLogger(createLedgerLog('debug', destination));
    logger.log('listening', 'Main');
    logger.error({ requestId: 'r-1', reason: 'x' }, 'stack-trace', 'Writer');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'listening', context: 'Main' }),
      expect.objectContaining({ level: 50, requestId: 'r-1', reason: 'x', trace: 'stack-trace', context: 'Writer' }),
    ]);
  });

  describe('of requests', () => {
    let test: PlatformTestApp;
    beforeAll(async () => {
      test = await startPlatformTestApp({ controllers: [LoggingHttpController] });
    });
    afterAll(() => test.close());

    it('writes one line per answered request carrying its request id, status and time, but no key', async () => {
      const sent = '0190a6b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b';
      await test.request('GET', '/work', { headers: { 'x-api-key': TEST_KEYS.reader, 'x-request-id': sent } });
      await test.request('GET', '/work', { headers: { 'x-api-key': 'wrong-key-000000000000' } });
      const lines = test.logLines().filter((line) => line['msg'] === 'request completed');
      expect(lines).toEqual([
        expect.objectContaining({ requestId: sent, method: 'GET', url: '/work', statusCode: 200, responseTimeMs: expect.any(Number) }),
        expect.objectContaining({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), statusCode: 401 }),
      ]);
      expect(JSON.stringify(test.logLines())).not.toMatch(/test-key-|wrong-key-/);
    });

    it('does not log health probes', async () => {
      const before = test.logLines().length;
      await test.request('GET', '/health');
      expect(test.logLines().slice(before).filter((line) => line['url'] === '/health')).toEqual([]);
    });
  });
});
