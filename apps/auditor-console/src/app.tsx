import { useMemo, useState } from 'preact/hooks';
import { LedgerApi } from './api/ledger-api.js';
import { EventListPage } from './events/event-list-page.js';
import { EventPage } from './events/event-page.js';
import { KeyWarning } from './layout/key-warning.js';
import { useRoute } from './layout/router.js';
import { session } from './session/session.js';
import { SignInPage } from './sign-in/sign-in-page.js';

/** The console: sign-in until there is a key for this tab, then the pages of the hash route. */
export function App() {
  const [apiKey, setApiKey] = useState(session.apiKey());
  const pinned = session.pinnedKey();
  const route = useRoute();
  const api = useMemo(() => (apiKey ? new LedgerApi(apiKey) : null), [apiKey]);

  if (!api || !pinned) return <SignInPage onSignedIn={() => setApiKey(session.apiKey())} />;

  const eventMatch = /^\/events\/([^/]+)$/.exec(route.path);
  return (
    <>
      <header>
        <nav aria-label="Main">
          <a href="#/events">Events</a>
        </nav>
        <span class="pinned" title="Pinned verifier key">
          Pinned: <code>{pinned}</code>
        </span>
        <button
          type="button"
          onClick={() => {
            session.signOut();
            setApiKey(null);
          }}
        >
          Sign out
        </button>
      </header>
      <KeyWarning api={api} pinned={pinned} />
      {eventMatch ? <EventPage api={api} pinned={pinned} eventId={decodeURIComponent(eventMatch[1]!)} /> : <EventListPage api={api} query={route.query} pinned={pinned} />}
    </>
  );
}
