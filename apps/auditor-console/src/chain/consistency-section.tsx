import { useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import { session } from '../session/session.js';
import { parseVerifierKey } from '../verify/verifier-key.js';
import { checkConsistency, type ConsistencyVerdict } from './consistency-check.js';

/** Is today's log an extension of a checkpoint the auditor saved (checkpoint.txt)? */
export function ConsistencySection({ api }: { api: LedgerApi }) {
  const [file, setFile] = useState<File | null>(null);
  const [verdict, setVerdict] = useState<ConsistencyVerdict | null>(null);

  async function check(event: Event) {
    event.preventDefault();
    setVerdict(null);
    if (!file) return;
    const key = await parseVerifierKey(session.pinnedKey() ?? '');
    if (typeof key === 'string') return setVerdict({ ok: false, reason: `the pinned key: ${key}` });
    setVerdict(await checkConsistency(api, await file.text(), key).catch((e: unknown) => ({ ok: false as const, reason: e instanceof Error ? e.message : String(e) })));
  }

  return (
    <section aria-labelledby="consistency-heading">
      <h2 id="consistency-heading">Consistency with a checkpoint you kept</h2>
      <form onSubmit={check} class="filters" aria-label="Kept checkpoint">
        <div class="field">
          <label for="kept-checkpoint">Kept checkpoint.txt</label>
          <input id="kept-checkpoint" type="file" accept=".txt,text/plain" required onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <div class="actions">
          <button type="submit">Check consistency</button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {verdict && (
          <div class={verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-consistency={verdict.ok ? 'consistent' : 'inconsistent'}>
            <strong>{verdict.ok ? `Consistent: ${verdict.summary}` : `Not consistent: ${verdict.reason}`}</strong>
          </div>
        )}
      </div>
    </section>
  );
}
