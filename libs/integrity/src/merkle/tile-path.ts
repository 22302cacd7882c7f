import { MAX_TILE_LEVEL, TILE_WIDTH } from './tile-geometry.js';
import { encodeTileIndex, parseTileIndex } from './tile-index.js';

/** A hash tile or an entry bundle; `width` only for a partial one (1..255), absent when full. */
export type TileRef = { kind: 'hash'; level: number; index: number; width?: number } | { kind: 'entries'; index: number; width?: number };

const isPartialWidth = (w: number): boolean => Number.isInteger(w) && w >= 1 && w < TILE_WIDTH;

/**
 * The path of a hash tile, `tile/<L>/<N>[.p/<W>]`, or an entry bundle, `tile/entries/<N>[.p/<W>]`
 * (C2SP tlog-tiles "Merkle Tree" and "Log entries"), relative to the log's prefix. A width of 256
 * is the full tile, written without `.p/`.
 * @throws RangeError for a level outside 0..63, an index that is not a non-negative safe integer,
 *   or a width outside 1..256.
 */
export function tilePath(ref: TileRef): string {
  if (ref.kind === 'hash' && !(Number.isInteger(ref.level) && ref.level >= 0 && ref.level <= MAX_TILE_LEVEL)) {
    throw new RangeError(`a tile level is 0 to 63, got ${ref.level}`);
  }
  const width = ref.width ?? TILE_WIDTH;
  if (width !== TILE_WIDTH && !isPartialWidth(width)) throw new RangeError(`a tile width is 1 to 256, got ${width}`);
  const level = ref.kind === 'hash' ? String(ref.level) : 'entries';
  return `tile/${level}/${encodeTileIndex(ref.index)}${width === TILE_WIDTH ? '' : `.p/${width}`}`;
}

/**
 * The tile or entry bundle a path names, or null for anything that is not the canonical path of
 * one (tilePath(parseTilePath(p)) === p for every p it accepts): `<L>` 0..63 without leading
 * zeros, `<N>` canonical (parseTileIndex), `<W>` 1..255 without leading zeros, no prefix, no
 * leading or trailing slash.
 */
export function parseTilePath(path: string): TileRef | null {
  const elements = path.split('/');
  if (elements.length < 3 || elements[0] !== 'tile') return null;
  const [, levelText, ...rest] = elements as [string, string, ...string[]];
  let width: number | undefined;
  if (rest.length >= 2 && rest[rest.length - 2]!.endsWith('.p')) {
    const widthText = rest.pop()!;
    if (!/^[1-9][0-9]{0,2}$/.test(widthText) || !isPartialWidth(Number(widthText))) return null;
    width = Number(widthText);
    rest[rest.length - 1] = rest[rest.length - 1]!.slice(0, -2);
  }
  let index: number;
  try {
    index = parseTileIndex(rest.join('/'));
  } catch {
    return null;
  }
  const partial = width === undefined ? {} : { width };
  if (levelText === 'entries') return { kind: 'entries', index, ...partial };
  if (!/^(0|[1-9][0-9]?)$/.test(levelText) || Number(levelText) > MAX_TILE_LEVEL) return null;
  return { kind: 'hash', level: Number(levelText), index, ...partial };
}
