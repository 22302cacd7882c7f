import { useState } from 'preact/hooks';
import { FILTER_FIELDS, isoToLocalInput, localInputToIso, type EventFilter } from './event-filters.js';

/** The list filters, the time range, the order and the page size; applied as a whole. */
export function FilterForm({ filter, onApply }: { filter: EventFilter; onApply: (filter: EventFilter) => void }) {
  const [draft, setDraft] = useState<EventFilter>(filter);
  const set = (name: string, value: string | undefined) => setDraft((d) => ({ ...d, [name]: value ?? '' }));

  return (
    <form
      class="filters"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')));
      }}
    >
      {FILTER_FIELDS.map((field) => (
        <div class="field" key={field.name}>
          <label for={`filter-${field.name}`}>{field.label}</label>
          {field.choices ? (
            <select id={`filter-${field.name}`} value={draft[field.name] ?? ''} onChange={(e) => set(field.name, e.currentTarget.value)}>
              <option value="">any</option>
              {field.choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input id={`filter-${field.name}`} type="text" value={draft[field.name] ?? ''} onInput={(e) => set(field.name, e.currentTarget.value)} />
          )}
        </div>
      ))}
      <div class="field">
        <label for="filter-start">From (your local time, inclusive)</label>
        <input id="filter-start" type="datetime-local" value={isoToLocalInput(draft['start_date'])} onInput={(e) => set('start_date', localInputToIso(e.currentTarget.value))} />
      </div>
      <div class="field">
        <label for="filter-end">Until (exclusive)</label>
        <input id="filter-end" type="datetime-local" value={isoToLocalInput(draft['end_date'])} onInput={(e) => set('end_date', localInputToIso(e.currentTarget.value))} />
      </div>
      <div class="field">
        <label for="filter-order">Order</label>
        <select id="filter-order" value={draft['sort_order'] ?? 'DESC'} onChange={(e) => set('sort_order', e.currentTarget.value)}>
          <option value="DESC">newest first</option>
          <option value="ASC">oldest first</option>
        </select>
      </div>
      <div class="field">
        <label for="filter-limit">Per page</label>
        <select id="filter-limit" value={draft['limit'] ?? '50'} onChange={(e) => set('limit', e.currentTarget.value)}>
          {['20', '50', '100', '500', '1000'].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit">Apply filters</button>
        <button type="button" onClick={() => { setDraft({}); onApply({}); }}>
          Clear
        </button>
      </div>
    </form>
  );
}
