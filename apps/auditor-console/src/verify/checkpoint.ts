import { fromBase64 } from './bytes.js';

/** A C2SP tlog-checkpoint body. */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Uint8Array;
}

const SIZE = /^(0|[1-9][0-9]*)$/;

/**
 * Parses `<origin>\n<tree size>\n<base64 root>\n[extension lines\n]`.
 * @returns the checkpoint, or a sentence saying why the text is not one.
 */
export function parseCheckpoint(text: string): Checkpoint | string {
  if (!text.endsWith('\n')) return 'a checkpoint ends with a newline';
  const [origin, size, root] = text.slice(0, -1).split('\n');
  if (!origin || size === undefined || root === undefined) return 'a checkpoint has an origin, a size and a root hash';
  if (!SIZE.test(size) || !Number.isSafeInteger(Number(size))) return `the tree size "${size}" is not a number`;
  let rootHash: Uint8Array;
  try {
    rootHash = fromBase64(root);
  } catch {
    return 'the root hash is not base64';
  }
  if (rootHash.length !== 32) return 'the root hash is not 32 bytes';
  return { origin, treeSize: Number(size), rootHash };
}
