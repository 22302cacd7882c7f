import { useState } from 'preact/hooks';
import { LedgerApi, LedgerApiError } from '../api/ledger-api.js';
import { session } from '../session/session.js';
import { parseVerifierKey } from '../verify/verifier-key.js';

/**
 * Sign in: the API key (kept for this tab only) and the verifier key the auditor pins. The pinned key
 * should come from a source the auditor trusts (the service's start-up output, a key ceremony), not
 * from the server being checked; the console only compares it with the server's.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [apiKey, setApiKey] = useState('');
  const [pinned, setPinned] = useState(session.pinnedKey() ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const key = await parseVerifierKey(pinned);
      if (typeof key === 'string') return setError(`Verifier key: ${key}.`);
      // Checks the API key (and its scope) before keeping it.
      await new LedgerApi(apiKey.trim()).text('/v1/ledger');
      session.setApiKey(apiKey.trim());
      session.setPinnedKey(key.text);
      onSignedIn();
    } catch (e) {
      setError(e instanceof LedgerApiError && (e.status === 401 || e.status === 403) ? `API key refused: ${e.message}` : String(e instanceof Error ? e.message : e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="sign-in">
      <h1>Auditor console</h1>
      <p>Everything this console shows is verified in your browser against the checkpoint key you pin: you trust the math, not the server.</p>
      <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <label for="api-key">API key (scope audit:read)</label>
        <input id="api-key" name="api-key" type="password" autoComplete="off" required value={apiKey} onInput={(e) => setApiKey(e.currentTarget.value)} />
        <small>Kept in this tab only (sessionStorage), sent as the X-API-Key header.</small>
        <label for="verifier-key">Pinned verifier key</label>
        <input id="verifier-key" name="verifier-key" type="text" spellcheck={false} required value={pinned} placeholder="audit-ledger.localhost+1a2b3c4d+A…" onInput={(e) => setPinned(e.currentTarget.value)} />
        <small>The key the service printed at its first start; stored in this browser (localStorage).</small>
        {error && (
          <p id="sign-in-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <p>
        No server? <a href="#/offline">Verify a saved export offline</a> (records.ndjson and checkpoint.txt).
      </p>
    </main>
  );
}
