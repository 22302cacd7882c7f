import { Injectable } from '@nestjs/common';
import { startPlatformTestApp, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';
import { HealthHttpController, READINESS_CHECK_TIMEOUT_MS } from './health.http.controller.js';
import { provideReadinessChecks, ReadinessCheck, type ReadinessResult } from './readiness-check.js';

/** What each fake check answers; set per test. */
const answers: Record<string, () => Promise<ReadinessResult>> = {};

@Injectable()
class StoreCheck extends ReadinessCheck {
  readonly name = 'store';
  check = () => answers['store']!();
}
@Injectable()
class ProjectorCheck extends ReadinessCheck {
  readonly name = 'projector';
  check = () => answers['projector']!();
}

describe('health and readiness probes', () => {
  let test: PlatformTestApp;
  beforeAll(async () => {
    test = await startPlatformTestApp({
      controllers: [HealthHttpController],
      providers: [...provideReadinessChecks(StoreCheck, ProjectorCheck), { provide: READINESS_CHECK_TIMEOUT_MS, useValue: 100 }],
    });
  });
  afterAll(() => test.close());
  beforeEach(() => {
    answers['store'] = async () => ({ ready: true });
    answers['projector'] = async () => ({ ready: true, detail: { lagEvents: 0, checkpoint: 42 } });
  });

  it('GET /health answers 200 {status: ok} without a key', async () => {
    const response = await test.request('GET', '/health');
    expect([response.status, response.json]).toEqual([200, { status: 'ok' }]);
    expect(response.headers.get('x-request-id')).not.toBeNull();
  });

  it('GET /readyz answers 200 without a key when every check is ready, with each check’s detail', async () => {
    const response = await test.request('GET', '/readyz');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ready', checks: { store: { ready: true }, projector: { ready: true, lagEvents: 0, checkpoint: 42 } } });
  });

  it('answers 503 naming the check that is not ready', async () => {
    answers['projector'] = async () => ({ ready: false, detail: { lagEvents: 250_000 } });
    const response = await test.request('GET', '/readyz');
    expect(response.status).toBe(503);
    expect(response.json).toEqual({ status: 'not-ready', checks: { store: { ready: true }, projector: { ready: false, lagEvents: 250_000 } } });
  });

  it('counts a failing check as not ready without publishing its error', async () => {
    answers['store'] = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:2113 /var/lib/ledger/events.db');
    };
    const response = await test.request('GET', '/readyz');
    expect(response.status).toBe(503);
    expect(response.json.checks.store).toEqual({ ready: false, error: 'check failed' });
    expect(response.text).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|\/var\/lib/);
  });

  it('counts a check that does not answer in time as not ready, and still answers', async () => {
    answers['store'] = () => new Promise<ReadinessResult>(() => undefined);
    const response = await test.request('GET', '/readyz');
    expect(response.status).toBe(503);
    expect(response.json.checks).toEqual({ store: { ready: false, error: 'no answer within 100 ms' }, projector: expect.objectContaining({ ready: true }) });
  });
});
