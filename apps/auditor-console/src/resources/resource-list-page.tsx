import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import { KIND_LABEL, type ResourceKind } from './resource-kind.js';

type Resource = Record<string, unknown> & { status?: string; version?: number; name?: string };

/** The rules or limits as they stand, each linking to its state, history and as-of view. */
export function ResourceListPage({ api, kind }: { api: LedgerApi; kind: ResourceKind }) {
  const label = KIND_LABEL[kind];
  const [items, setItems] = useState<Resource[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setItems(null);
    api
      .json<Record<string, Resource[]>>(`/v1/${kind}?limit=1000`)
      .then((page) => setItems(page[kind] ?? []))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, kind]);
  return (
    <main>
      <h1>{label.plural}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items && (
        <table class="events">
          <caption>{`${items.length} ${label.plural.toLowerCase()}`}</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const id = String(item[label.idMember]);
              return (
                <tr key={id}>
                  <td>
                    <a href={`#/${kind}/${encodeURIComponent(id)}`}>{id}</a>
                  </td>
                  <td>{item.name ?? ''}</td>
                  <td>{item.status ?? ''}</td>
                  <td>{item.version ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
