import { EventStore } from '#event-store';
import { ProjectionRunner } from '#read-models';
import { startPlatformTestApp, TEST_KEYS, type PlatformTestApp } from '../http-platform/testing/platform-test-app.js';
import { LedgerMetrics } from './ledger-metrics.js';
import { MetricsHttpController } from './metrics.http.controller.js';

describe('GET /metrics', () => {
  let test: PlatformTestApp;
  const metrics = new LedgerMetrics();
  beforeAll(async () => {
    test = await startPlatformTestApp({
      controllers: [MetricsHttpController],
      providers: [
        { provide: LedgerMetrics, useValue: metrics },
        { provide: EventStore, useValue: { headPosition: async () => 250 } },
        { provide: ProjectionRunner, useValue: { checkpoint: 200 } },
      ],
    });
  });
  afterAll(() => test.close());

  it('answers the Prometheus text format of every ledger to an operator key, with the projector lag as of the scrape', async () => {
    metrics.observeAppend('acme', 7, 0.003);
    metrics.observeAppend('beta', 2, 0.003);
    metrics.observeGroupCommit(7);
    const response = await test.request('GET', '/metrics', { headers: { 'x-api-key': TEST_KEYS.operator } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.text).toMatch(/^ledger_appended_events_total\{ledger="acme"\} 7$/m);
    expect(response.text).toMatch(/^# TYPE ledger_append_duration_seconds histogram$/m);
    expect(response.text).toMatch(/^ledger_group_commit_events_count 1$/m);
    expect(response.text).toMatch(/^ledger_projector_checkpoint 200$/m);
    expect(response.text).toMatch(/^ledger_projector_lag_events 50$/m);
    expect(response.text).toMatch(/^ledger_appended_events_total\{ledger="beta"\} 2$/m);
  });

  it("answers a ledger:admin key only its own ledger's series", async () => {
    const response = await test.request('GET', '/metrics', { headers: { 'x-api-key': TEST_KEYS.admin } });
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/^ledger_appended_events_total\{ledger="acme"\} 7$/m);
    expect(response.text).not.toMatch(/beta|projector|group_commit/);
  });

  it('refuses keys with neither ops:admin nor ledger:admin (403) and requests without a key (401)', async () => {
    const refused = await test.request('GET', '/metrics', { headers: { 'x-api-key': TEST_KEYS.reader } });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe('this operation needs the scope ops:admin or ledger:admin');
    expect((await test.request('GET', '/metrics')).status).toBe(401);
  });
});
