/** Bytes or a path that do not follow C2SP tlog-tiles: a non-canonical tile index, a malformed entry bundle or hash tile. */
export class TileFormatError extends Error {
  readonly code = 'INTEGRITY.TILE_FORMAT_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'TileFormatError';
  }
}
