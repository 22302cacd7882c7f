import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { parseTilePath } from '#integrity';
import { TileNotFoundError } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { GetTlogTileQuery } from './get-tlog-tile.query.js';

@QueryHandler(GetTlogTileQuery)
export class GetTlogTileHandler implements IQueryHandler<GetTlogTileQuery> {
  constructor(private readonly readModels: ReadModels) {}

  /** @throws TileNotFoundError (404) for a path that is not a canonical tile path, or a tile the tree does not hold yet. */
  async execute(query: GetTlogTileQuery): Promise<Buffer> {
    const ref = parseTilePath(query.path);
    if (!ref) throw new TileNotFoundError(query.path);
    const tiles = this.readModels.merkleTiles;
    const bytes = ref.kind === 'hash'
      ? tiles.hashTile(query.ledgerId, ref.level, ref.index, ref.width)
      : tiles.entryBundle(query.ledgerId, ref.index, ref.width);
    if (!bytes) throw new TileNotFoundError(query.path);
    return bytes;
  }
}
