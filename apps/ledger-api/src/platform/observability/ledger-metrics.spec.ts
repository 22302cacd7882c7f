import { LedgerMetrics } from './ledger-metrics.js';

/** The value of one sample line (`name{labels} value`) of a Prometheus text scrape. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('LedgerMetrics', () => {
  it('counts appended events per ledger and times each append', async () => {
    const metrics = new LedgerMetrics();
    metrics.observeAppend('acme', 3, 0.002);
    metrics.observeAppend('acme', 1, 0.004);
    metrics.observeAppend('other', 5, 0.5);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'ledger_appended_events_total{ledger="acme"}')).toBe(4);
    expect(sample(text, 'ledger_appended_events_total{ledger="other"}')).toBe(5);
    expect(sample(text, 'ledger_append_duration_seconds_count')).toBe(3);
    expect(sample(text, 'ledger_append_duration_seconds_sum')).toBeCloseTo(0.506);
    expect(sample(text, 'ledger_append_duration_seconds_bucket{le="0.0025"}')).toBe(1);
  });

  it('counts integrity violations per ledger and kind', async () => {
    const metrics = new LedgerMetrics();
    metrics.countIntegrityViolation('acme', 'envelope-hash');
    metrics.countIntegrityViolation('acme', 'envelope-hash');
    metrics.countIntegrityViolation('acme', 'index-differs');
    const text = await metrics.registry.metrics();
    expect(sample(text, 'ledger_integrity_violations_total{ledger="acme",kind="envelope-hash"}')).toBe(2);
    expect(sample(text, 'ledger_integrity_violations_total{ledger="acme",kind="index-differs"}')).toBe(1);
  });

  it('records how many events each group commit wrote', async () => {
    const metrics = new LedgerMetrics();
    for (const events of [1, 64, 100]) metrics.observeGroupCommit(events);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'ledger_group_commit_events_count')).toBe(3);
    expect(sample(text, 'ledger_group_commit_events_sum')).toBe(165);
    expect(sample(text, 'ledger_group_commit_events_bucket{le="50"}')).toBe(1);
  });

  it('reports the projector’s checkpoint and its lag behind the log (never negative)', async () => {
    const metrics = new LedgerMetrics();
    metrics.setProjectorState(90, 100);
    let text = await metrics.registry.metrics();
    expect(sample(text, 'ledger_projector_checkpoint')).toBe(90);
    expect(sample(text, 'ledger_projector_lag_events')).toBe(10);
    metrics.setProjectorState(120, 100);
    text = await metrics.registry.metrics();
    expect(sample(text, 'ledger_projector_lag_events')).toBe(0);
  });

  it('keeps each instance’s metrics in its own registry, with process metrics', async () => {
    const one = new LedgerMetrics();
    const two = new LedgerMetrics();
    one.observeAppend('acme', 2, 0.001);
    expect(sample(await two.registry.metrics(), 'ledger_appended_events_total{ledger="acme"}')).toBeUndefined();
    expect(await one.registry.metrics()).toMatch(/^process_cpu_seconds_total /m);
  });
});
