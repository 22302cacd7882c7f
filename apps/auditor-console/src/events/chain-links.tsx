import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import type { AuditEvent } from './audit-event.js';

type Neighbour = { record: AuditEvent; links: boolean } | null;

/**
 * The record's neighbours in the chain (read through the export, by sequence) and whether their
 * hashes link: the previous record's hash must be this one's previousHash, and this hash the next one's.
 */
export function ChainLinks({ api, record }: { api: LedgerApi; record: AuditEvent }) {
  const [previous, setPrevious] = useState<Neighbour>(null);
  const [next, setNext] = useState<Neighbour>(null);

  useEffect(() => {
    const at = async (sequence: number): Promise<AuditEvent | null> => {
      if (sequence < 1) return null;
      try {
        const text = await api.text(`/v1/ledger/export?from_sequence=${sequence}&to_sequence=${sequence}`);
        return text.trim() ? (JSON.parse(text) as AuditEvent) : null;
      } catch {
        return null; // beyond the head: there is no next record yet
      }
    };
    void at(record.sequence - 1).then((r) => setPrevious(r && { record: r, links: r.hash === record.previousHash }));
    void at(record.sequence + 1).then((r) => setNext(r && { record: r, links: r.previousHash === record.hash }));
  }, [api, record]);

  const link = (label: string, n: Neighbour) =>
    n && (
      <li>
        <a href={`#/events/${encodeURIComponent(n.record.eventId)}`}>
          {label} (sequence {n.record.sequence})
        </a>{' '}
        {n.links ? <span class="ok">hashes link</span> : <span class="bad">hashes do not link</span>}
      </li>
    );
  return (
    <nav aria-label="Chain">
      <ul class="links">
        {record.sequence === 1 && <li>First record of the ledger (previousHash is 64 zeros)</li>}
        {link('Previous record', previous)}
        {link('Next record', next)}
      </ul>
    </nav>
  );
}
