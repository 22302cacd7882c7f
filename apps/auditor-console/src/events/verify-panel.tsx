import { useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import { verifyEvent, type EventVerdict, type InclusionProofResponse } from '../verify/event-verdict.js';
import { parseVerifierKey } from '../verify/verifier-key.js';
import type { AuditEvent } from './audit-event.js';

/**
 * Verify, in the browser: RFC 8785 + SHA-256 of the record as shown, the latest checkpoint's Ed25519
 * signature against the pinned key, and the inclusion proof against the signed root (WebCrypto).
 */
export function VerifyPanel({ api, pinned, record }: { api: LedgerApi; pinned: string; record: AuditEvent }) {
  const [verdict, setVerdict] = useState<EventVerdict | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setVerdict(null);
    try {
      const key = await parseVerifierKey(pinned);
      if (typeof key === 'string') return setVerdict({ ok: false, reason: 'the pinned verifier key is not valid', detail: key });
      setVerdict(
        await verifyEvent(record, key, {
          checkpointNote: () => api.text('/v1/ledger/checkpoint'),
          inclusionProof: (size) => api.json<InclusionProofResponse>(`/v1/audit-events/${encodeURIComponent(record.eventId)}/inclusion-proof?tree_size=${size}`),
        }),
      );
    } catch (e) {
      setVerdict({ ok: false, reason: 'could not verify', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="verify" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Verify</h2>
      <button type="button" onClick={verify} disabled={busy}>
        {busy ? 'Verifying…' : 'Verify in this browser'}
      </button>
      <div role="status" aria-live="polite">
        {verdict && (
          <div class={verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-verdict={verdict.ok ? 'verified' : 'failed'}>
            <strong>{verdict.ok ? 'Verified' : `Not verified: ${verdict.reason}`}</strong>
            <p>{verdict.ok ? verdict.summary : verdict.detail}</p>
            {verdict.recomputedHash && (
              <p>
                Recomputed hash: <code>{verdict.recomputedHash}</code>
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
