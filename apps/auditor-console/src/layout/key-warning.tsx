import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';

/** A warning when the server's /v1/ledger/checkpoint-key is not the key the auditor pinned. */
export function KeyWarning({ api, pinned }: { api: LedgerApi; pinned: string }) {
  const [served, setServed] = useState<string | null>(null);
  useEffect(() => {
    api.text('/v1/ledger/checkpoint-key').then((text) => setServed(text.trim()), () => setServed(null));
  }, [api, pinned]);
  if (served === null || served === pinned) return null;
  return (
    <div class="warning" role="alert">
      The server says its checkpoints are signed by <code>{served}</code>, not by the key you pinned (<code>{pinned}</code>). Checkpoints that verify only with the
      server’s key prove nothing to you: find out which key is right before you trust anything here.
    </div>
  );
}
