/** Why a document is not I-JSON (or not JSON at all). */
export type IJsonErrorReason = 'empty' | 'not-json' | 'not-utf8' | 'duplicate-name' | 'prototype-poisoning';

/**
 * A document {@link parseIJson} refuses. `steps` leads to the member concerned (member names and
 * array indices; empty for the document itself); `byteOffset` is where the first bad byte sits.
 */
export class IJsonError extends Error {
  constructor(
    readonly reason: IJsonErrorReason,
    readonly steps: readonly (string | number)[] = [],
    readonly byteOffset?: number,
  ) {
    super(`not I-JSON: ${reason}`);
    this.name = 'IJsonError';
  }
}
