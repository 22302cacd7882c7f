/** A JSON object as stored in an event's data or metadata. */
export type EventPayload = { [member: string]: unknown };

/** An event handed to {@link EventStore.appendToStream}. */
export interface EventToAppend {
  /** Unique across the store (UUID). */
  eventId: string;
  type: string;
  data: EventPayload;
  /**
   * The exact JSON text to store for `data`, when the writer has laid it out itself (it must parse
   * to `data`). Adapters store it byte for byte, so a verifier can check the hashed bytes
   * without parsing (see readStreamData). Default: the adapter serializes `data`.
   */
  dataText?: string;
  metadata: EventPayload;
  /**
   * Optional key, unique per stream: the store refuses a second event with the same key in
   * the same stream (IdempotencyKeyTakenError) and finds events by it.
   */
  idempotencyKey?: string;
}

/** An event as the store returns it. */
export interface RecordedEvent {
  streamName: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  /** Global commit order across all streams; strictly increasing, not necessarily contiguous. */
  position: number;
  eventId: string;
  type: string;
  data: EventPayload;
  metadata: EventPayload;
  idempotencyKey?: string;
  /**
   * Set when the stored bytes are no longer valid JSON (damaged outside the store's API);
   * `data` and `metadata` are then empty objects. Verifiers report such an event as altered.
   */
  unreadable?: true;
}

/** An event's stored data, undecoded and unparsed, with its envelope: for verifiers that check stored bytes. */
export interface RecordedEventData {
  revision: number;
  position: number;
  eventId: string;
  /**
   * Exactly the bytes stored for `data`: the UTF-8 of its `dataText` (or of the adapter's own
   * serialization), or whatever replaced them outside the store, valid UTF-8 or not. Events read
   * together may be views into one buffer, so keeping one keeps that buffer.
   */
  data: Uint8Array;
  /**
   * The envelope stored beside the data: the event's type and its metadata (parsed; undefined when
   * it no longer parses to a JSON object). Verifiers compare them with the record the data holds,
   * since readers that trust the envelope (the writer's chain tail) would otherwise follow an
   * envelope edited outside the store.
   */
  type: string;
  metadata: EventPayload | undefined;
}

export interface AppendResult {
  /** Revision of the last event written: pass it as the next expected revision. */
  nextExpectedRevision: number;
  /** Global position of the last event written. */
  position: number;
}
