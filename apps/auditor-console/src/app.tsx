import { useMemo, useState } from 'preact/hooks';
import { LedgerApi } from './api/ledger-api.js';
import { ChainPage } from './chain/chain-page.js';
import { OfflinePage } from './chain/offline-page.js';
import { EventListPage } from './events/event-list-page.js';
import { EventPage } from './events/event-page.js';
import { KeyWarning } from './layout/key-warning.js';
import { ResourceListPage } from './resources/resource-list-page.js';
import { ResourcePage } from './resources/resource-page.js';
import { useRoute } from './layout/router.js';
import { session } from './session/session.js';
import { SignInPage } from './sign-in/sign-in-page.js';
import { ValidationPage } from './validations/validation-page.js';

/** The console: sign-in until there is a key for this tab, then the pages of the hash route. */
export function App() {
  const [apiKey, setApiKey] = useState(session.apiKey());
  const pinned = session.pinnedKey();
  const route = useRoute();
  const api = useMemo(() => (apiKey ? new LedgerApi(apiKey) : null), [apiKey]);

  // Offline needs no server and no API key: a saved export and the pinned key.
  if (route.path === '/offline') return <OfflinePage />;
  if (!api || !pinned) return <SignInPage onSignedIn={() => setApiKey(session.apiKey())} />;

  const eventMatch = /^\/events\/([^/]+)$/.exec(route.path);
  const validationMatch = /^\/validations\/([^/]+)$/.exec(route.path);
  const resourceMatch = /^\/(rules|limits)(?:\/([^/]+))?$/.exec(route.path);
  return (
    <>
      <header>
        <nav aria-label="Main">
          <a href="#/events">Events</a>
          <a href="#/rules">Rules</a>
          <a href="#/limits">Limits</a>
          <a href="#/chain">Chain check</a>
          <a href="#/offline">Offline</a>
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
      {eventMatch ? (
        <EventPage api={api} pinned={pinned} eventId={decodeURIComponent(eventMatch[1]!)} />
      ) : validationMatch ? (
        <ValidationPage api={api} transactionId={decodeURIComponent(validationMatch[1]!)} />
      ) : resourceMatch?.[2] ? (
        <ResourcePage api={api} kind={resourceMatch[1] as 'rules' | 'limits'} id={decodeURIComponent(resourceMatch[2])} />
      ) : resourceMatch ? (
        <ResourceListPage api={api} kind={resourceMatch[1] as 'rules' | 'limits'} />
      ) : route.path === '/chain' ? (
        <ChainPage api={api} />
      ) : (
        <EventListPage api={api} query={route.query} pinned={pinned} />
      )}
    </>
  );
}
