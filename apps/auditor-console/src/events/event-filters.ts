/**
 * The filters of GET /v1/audit-events (and of the stream and the export, which take the same list
 * filters), one entry each: the form, the URL of the page and the API query are all made from this
 * list, so a new filter of the API is one line here.
 */
export interface FilterField {
  name: string;
  label: string;
  choices?: readonly string[];
}

export const FILTER_FIELDS: readonly FilterField[] = [
  { name: 'event_type', label: 'Event type' },
  { name: 'action', label: 'Action' },
  { name: 'result', label: 'Result' },
  { name: 'resource_type', label: 'Resource type' },
  { name: 'resource_id', label: 'Resource id' },
  { name: 'actor_type', label: 'Actor type', choices: ['user', 'service', 'api_key', 'system'] },
  { name: 'actor_id', label: 'Actor id' },
  { name: 'category', label: 'Category' },
  { name: 'source', label: 'Source' },
];

/** Filter values by API parameter name, plus the time range (ISO instants) and the sort order. */
export type EventFilter = Record<string, string>;

/** The names the list page keeps in its URL: the filters, the time range, the order and the page size. */
export const FILTER_PARAMS = [...FILTER_FIELDS.map((f) => f.name), 'start_date', 'end_date', 'sort_order', 'limit'] as const;

/** The filter a page URL's query carries (unknown names are dropped). */
export function filterFromQuery(query: string): EventFilter {
  const search = new URLSearchParams(query);
  const filter: EventFilter = {};
  for (const name of FILTER_PARAMS) {
    const value = search.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}

/** The list filters only (no paging or order): what the stream and the export take. */
export function listFiltersOf(filter: EventFilter): EventFilter {
  const { sort_order: _order, limit: _limit, ...rest } = filter;
  return rest;
}

/** `<input type="datetime-local">` text (local time) → ISO instant, or undefined when empty. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO instant → `<input type="datetime-local">` text in local time. */
export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
