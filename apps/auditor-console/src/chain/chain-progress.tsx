import type { ChainReport } from './chain-worker-protocol.js';

/** The worker's progress and verdict, announced politely to screen readers. */
export function ChainProgress({ report, total, extra }: { report: ChainReport | null; total?: number; extra?: string }) {
  if (!report) return null;
  if (report.kind === 'error') {
    return (
      <p class="error" role="alert">
        {report.message}
      </p>
    );
  }
  const { checked, eventsPerSecond } = report;
  return (
    <div role="status" aria-live="polite">
      <progress aria-label="Records checked" max={total ?? undefined} value={checked} />{' '}
      <span>
        {checked.toLocaleString('en-US')} records checked, {eventsPerSecond.toLocaleString('en-US')} events/s
      </span>
      {report.kind === 'done' && (
        <div class={report.broken || extra ? 'verdict verdict-bad' : 'verdict verdict-ok'} data-verdict={report.broken || extra ? 'failed' : 'verified'}>
          {report.broken ? (
            <strong>
              Broken at sequence {report.broken.sequence}: {report.broken.reason}
            </strong>
          ) : extra ? (
            <strong>{extra}</strong>
          ) : (
            <strong>Intact: {checked.toLocaleString('en-US')} records, every hash and link checked in this browser</strong>
          )}
        </div>
      )}
    </div>
  );
}
