import { ANY, jsonEvent, type EventStoreDBClient, type RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { collectStream } from './esdb-reads.js';
import { toIdempotencyStreamName } from './idempotency-stream-name.js';

/** Event type of a claim in an idempotency stream. */
export const IDEMPOTENCY_CLAIM_TYPE = 'IdempotencyKeyClaimed';

/**
 * "Event `eventId`, carrying this key, is being appended to `streamName` at `revision`." A
 * claim only counts once the stream really holds that event at that revision (see
 * findClaimedEvent); claims of appends that failed or crashed stay behind and never count.
 */
export interface IdempotencyClaim {
  streamName: string;
  idempotencyKey: string;
  eventId: string;
  revision: number;
}

/** Appends a claim to the key's claim stream (ANY: the claim stream is a log of attempts). */
export async function writeClaim(client: EventStoreDBClient, claim: IdempotencyClaim): Promise<void> {
  const stream = toIdempotencyStreamName(claim.streamName, claim.idempotencyKey);
  await client.appendToStream(stream, jsonEvent({ type: IDEMPOTENCY_CLAIM_TYPE, data: { ...claim } }), { expectedRevision: ANY });
}

/**
 * The event of `streamName` that holds `idempotencyKey`, if any: the first claim, at a revision
 * up to `upToRevision`, whose revision in the stream holds the claimed event id.
 */
export async function findClaimedEvent(
  client: EventStoreDBClient,
  streamName: string,
  idempotencyKey: string,
  upToRevision = Number.MAX_SAFE_INTEGER,
): Promise<EsdbRecordedEvent | undefined> {
  const stored = await collectStream(client, toIdempotencyStreamName(streamName, idempotencyKey));
  const claims = claimsToCheck(stored.map(parseClaim), streamName, idempotencyKey, upToRevision);
  for (const claim of claims) {
    const [event] = await collectStream(client, streamName, { fromRevision: claim.revision, maxCount: 1 });
    if (event !== undefined && event.id.toLowerCase() === claim.eventId.toLowerCase() && event.revision === BigInt(claim.revision)) return event;
  }
  return undefined;
}

/**
 * The claims that can decide a key for an append committing on tail `upToRevision`: those of this
 * (stream, key) at a revision up to it, one per (revision, event id), oldest first. Claims above
 * the tail belong to appends that have not committed — they can only commit on the same tail
 * as ours, and then at most one of the two appends succeeds.
 */
export function claimsToCheck(
  claims: readonly (IdempotencyClaim | undefined)[],
  streamName: string,
  idempotencyKey: string,
  upToRevision: number,
): IdempotencyClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim): claim is IdempotencyClaim => {
    if (!claim || claim.streamName !== streamName || claim.idempotencyKey !== idempotencyKey || claim.revision > upToRevision) return false;
    const id = `${claim.revision}/${claim.eventId}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** A stored claim, or undefined for anything else found in a claim stream. */
export function parseClaim(recorded: EsdbRecordedEvent): IdempotencyClaim | undefined {
  if (recorded.type !== IDEMPOTENCY_CLAIM_TYPE || !recorded.isJson) return undefined;
  const data = recorded.data as Partial<Record<keyof IdempotencyClaim, unknown>>;
  const { streamName, idempotencyKey, eventId, revision } = data ?? {};
  if (typeof streamName !== 'string' || typeof idempotencyKey !== 'string' || typeof eventId !== 'string') return undefined;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) return undefined;
  return { streamName, idempotencyKey, eventId, revision };
}
