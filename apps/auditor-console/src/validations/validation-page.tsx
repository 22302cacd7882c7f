import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';

type View = Record<string, unknown> & { status?: string; name?: string };

/** GET /v1/validations/{transactionId}/context, as the page reads it. */
interface ValidationContext {
  validation: { sequence: number; eventId: string; createdAt: string; auditEvent: { result: string } };
  asOfSequence: number;
  rules: View[];
  limits: View[];
  activeRuleIds: string[];
  activeLimitIds: string[];
  matchedRules: { ruleId: string; found: boolean; status?: string; activeAtValidation: boolean }[];
}

/**
 * A transaction's validation with the rules and limits as they stood right before it, which were
 * ACTIVE, and whether each rule the validator said it matched was known and active then.
 */
export function ValidationPage({ api, transactionId }: { api: LedgerApi; transactionId: string }) {
  const [context, setContext] = useState<ValidationContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .json<ValidationContext>(`/v1/validations/${encodeURIComponent(transactionId)}/context`)
      .then(setContext)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, transactionId]);

  return (
    <main>
      <h1>Validation of {transactionId}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {context && (
        <>
          <p>
            Decision <strong>{context.validation.auditEvent.result}</strong> at sequence{' '}
            <a href={`#/events/${encodeURIComponent(context.validation.eventId)}`}>{context.validation.sequence}</a> ({context.validation.createdAt}); rules and
            limits as they stood right after sequence <strong data-testid="as-of-sequence">{context.asOfSequence}</strong>.
          </p>
          <table class="events">
            <caption>Rules the validator said it matched</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Known then</th>
                <th scope="col">Status then</th>
                <th scope="col">Check</th>
              </tr>
            </thead>
            <tbody>
              {context.matchedRules.map((m) => (
                <tr key={m.ruleId}>
                  <td>{m.ruleId}</td>
                  <td>{m.found ? 'yes' : 'no'}</td>
                  <td>{m.status ?? ''}</td>
                  <td>{m.activeAtValidation ? <span class="ok">active</span> : <span class="bad">not active: it should not have taken part</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ResourceTable caption={`Rules then (${context.activeRuleIds.length} active)`} items={context.rules} idMember="ruleId" />
          <ResourceTable caption={`Limits then (${context.activeLimitIds.length} active)`} items={context.limits} idMember="limitId" />
        </>
      )}
    </main>
  );
}

function ResourceTable({ caption, items, idMember }: { caption: string; items: View[]; idMember: string }) {
  const kind = idMember === 'ruleId' ? 'rules' : 'limits';
  return (
    <table class="events">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Id</th>
          <th scope="col">Name</th>
          <th scope="col">Status then</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={String(item[idMember])}>
            <td>
              <a href={`#/${kind}/${encodeURIComponent(String(item[idMember]))}`}>{String(item[idMember])}</a>
            </td>
            <td>{item.name ?? ''}</td>
            <td>{item.status ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
