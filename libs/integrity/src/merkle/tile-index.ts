import { TileFormatError } from './tile-format-error.js';
import { isTreeSize } from './tree-size-arithmetic.js';

const pad3 = (n: number): string => String(n).padStart(3, '0');

/**
 * The `<N>` path form of a tile index (C2SP tlog-tiles "Merkle Tree"): zero-padded 3-digit
 * elements, all but the last prefixed with `x`, as few as the number needs: 1234067 →
 * `x001/x234/067`, 5 → `005`.
 * @throws RangeError unless n is a non-negative safe integer (the spec's index is unbounded;
 *   ours stops at 2^53 − 1, beyond any tree this library can address).
 */
export function encodeTileIndex(n: number): string {
  if (!isTreeSize(n)) throw new RangeError(`a tile index must be a non-negative safe integer, got ${n}`);
  let path = pad3(n % 1000);
  for (let rest = Math.floor(n / 1000); rest > 0; rest = Math.floor(rest / 1000)) path = `x${pad3(rest % 1000)}/${path}`;
  return path;
}

/**
 * The tile index written as `<N>` (the inverse of encodeTileIndex). Only the canonical form is
 * accepted: every element exactly 3 digits, `x` on all but the last, and no leading all-zero
 * element (`x000/005` is 5 written non-canonically).
 * @throws TileFormatError for any other text, or an index above 2^53 − 1.
 */
export function parseTileIndex(path: string): number {
  const elements = path.split('/');
  let n = 0;
  for (const [i, element] of elements.entries()) {
    const last = i === elements.length - 1;
    if (!(last ? /^[0-9]{3}$/ : /^x[0-9]{3}$/).test(element)) {
      throw new TileFormatError(`not a tile index: ${JSON.stringify(path)} (element ${i + 1} must be ${last ? 'ddd' : 'xddd'})`);
    }
    n = n * 1000 + Number(element.slice(last ? 0 : 1));
    if (!isTreeSize(n)) throw new TileFormatError(`tile index ${JSON.stringify(path)} is above 2^53 - 1`);
  }
  if (encodeTileIndex(n) !== path) throw new TileFormatError(`tile index ${JSON.stringify(path)} is not canonical: ${encodeTileIndex(n)}`);
  return n;
}
