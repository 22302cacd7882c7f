import { LedgerMetrics } from './ledger-metrics.js';
import { metricsOfLedger } from './metrics-of-ledger.js';

describe('metricsOfLedger', () => {
  const exposition = async () => {
    const metrics = new LedgerMetrics();
    metrics.observeAppend('acme', 7, 0.003);
    metrics.observeAppend('beta', 3, 0.002);
    metrics.observeAppend('acme-2', 5, 0.002);
    metrics.observeGroupCommit(10);
    metrics.setProjectorState(9, 10);
    return metrics.registry.metrics();
  };

  it("keeps one ledger's samples under their HELP and TYPE lines", async () => {
    const text = metricsOfLedger(await exposition(), 'acme');
    expect(text).toMatch(/^# HELP ledger_appended_events_total .+\n# TYPE ledger_appended_events_total counter\nledger_appended_events_total\{ledger="acme"\} 7\n$/);
  });

  it("drops other ledgers' samples (also ledgers whose id starts with this one) and every shared series", async () => {
    const text = metricsOfLedger(await exposition(), 'acme');
    expect(text).not.toMatch(/beta|acme-2|projector|group_commit|append_duration/);
  });

  it('answers nothing for a ledger without samples', async () => {
    expect(metricsOfLedger(await exposition(), 'gamma')).toBe('');
  });
});
