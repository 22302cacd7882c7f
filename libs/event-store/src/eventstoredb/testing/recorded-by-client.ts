import type { EventData, RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import { convertGrpcRecord } from '@eventstore/db-client/dist/utils/convertGrpcEvent.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';

/** Where the simulated server stored the event. */
export interface StoredAt {
  streamName: string;
  revision: number;
  position: number;
}

/**
 * What @eventstore/db-client hands back when it reads `event`, without a server: the bytes its
 * append path sends for the event (dist/streams/appendToStream/append.js: JSON.stringify of JSON
 * data and of metadata, the raw bytes of binary data), put into the server's RecordedEvent
 * message as the server stores and returns them, and converted by the client's own
 * convertGrpcRecord — the function every read and subscription of the client uses.
 */
export function recordedByClient(event: EventData, at: StoredAt): EsdbRecordedEvent {
  const message = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
  const id = new sharedPb.UUID();
  id.setString(event.id);
  message.setId(id);
  const stream = new sharedPb.StreamIdentifier();
  stream.setStreamName(Buffer.from(at.streamName, 'utf8'));
  message.setStreamIdentifier(stream);
  message.setStreamRevision(String(at.revision));
  message.setCommitPosition(String(at.position));
  message.setPreparePosition(String(at.position));
  message.getMetadataMap().set('type', event.type);
  message.getMetadataMap().set('content-type', event.contentType);
  message.setData(event.contentType === 'application/json' ? Buffer.from(JSON.stringify(event.data), 'utf8') : event.data);
  if (event.metadata !== undefined) {
    message.setCustomMetadata(event.metadata instanceof Uint8Array ? event.metadata : Buffer.from(JSON.stringify(event.metadata), 'utf8'));
  }
  return convertGrpcRecord(message) as EsdbRecordedEvent;
}
