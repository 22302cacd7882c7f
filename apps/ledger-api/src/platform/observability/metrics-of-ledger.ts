/**
 * The part of a Prometheus text exposition that belongs to one ledger: the samples labelled
 * `ledger="<ledgerId>"`, each under its family's `# HELP` and `# TYPE` lines. Families with no
 * sample of that ledger — and every unlabelled, shared series (projector lag, group commits) — are
 * left out, so a ledger's admin learns nothing about the other ledgers, not even their volume.
 * Precondition: ledgerId matches the configured ledger-id pattern (no characters that need escaping).
 */
export function metricsOfLedger(exposition: string, ledgerId: string): string {
  const label = new RegExp(`[{,]ledger="${ledgerId}"[,}]`);
  const kept: string[] = [];
  let header: string[] = [];
  for (const line of exposition.split('\n')) {
    if (line.startsWith('# HELP ')) {
      header = [line];
    } else if (line.startsWith('#')) {
      header.push(line);
    } else if (label.test(line)) {
      kept.push(...header, line);
      header = [];
    }
  }
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}
