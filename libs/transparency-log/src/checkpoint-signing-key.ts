import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateNoteKey, NoteKeyError, parseNoteSigner, type NoteSigner } from '#integrity';
import { CheckpointSigningKeyError } from './checkpoint-signing-key-error.js';
import { createKeyFileOnce, readKeyFile } from './checkpoint-signing-key-file.js';

/** The key file's name inside the data directory. */
export const CHECKPOINT_SIGNING_KEY_FILE = 'checkpoint-signing-key';

export interface CheckpointSignerOptions {
  /** LEDGER_CHECKPOINT_SIGNING_KEY: `PRIVATE+KEY+<name>+<hash>+<base64>`; when absent, the key file is used. */
  privateKey?: string;
  /** LEDGER_LOG_ORIGIN: the key's name must equal it. */
  origin: string;
  /** The data directory shared by every instance; holds the key file. */
  dataDir: string;
}

export interface LoadedCheckpointSigner {
  signer: NoteSigner;
  /** The verifier key to publish, `<origin>+<hash>+<base64>`. */
  verifierKey: string;
  /** True only when this call created the key file. */
  generated: boolean;
  /** The key file used or created; absent when the key came from the setting. */
  keyFile?: string;
}

/**
 * The checkpoint signer: the key of LEDGER_CHECKPOINT_SIGNING_KEY when given, else the one in
 * `<dataDir>/checkpoint-signing-key`, else a new key written there (mode 0600, atomically, never
 * replacing a file another instance just created: instances starting together on one data
 * directory all end up with the same key).
 * @throws CheckpointSigningKeyError when the key does not parse, its name is not `origin`, the key
 *   file is readable by group or others, or `origin` is not a valid key name. No message or
 *   thrown value contains the key text.
 */
export async function loadCheckpointSigner(options: CheckpointSignerOptions): Promise<LoadedCheckpointSigner> {
  const { privateKey, origin, dataDir } = options;
  if (privateKey !== undefined) {
    return { ...signerOf(privateKey, origin, 'LEDGER_CHECKPOINT_SIGNING_KEY'), generated: false };
  }
  const keyFile = join(dataDir, CHECKPOINT_SIGNING_KEY_FILE);
  const stored = await readKeyFile(keyFile);
  if (stored !== undefined) return { ...signerOf(stored, origin, `the key in ${keyFile}`), generated: false, keyFile };

  const fresh = generateKey(origin);
  await mkdir(dataDir, { recursive: true });
  if (await createKeyFileOnce(keyFile, fresh)) return { ...signerOf(fresh, origin, 'the generated key'), generated: true, keyFile };
  // Another instance created the file between our read and our link: use its key.
  const theirs = await readKeyFile(keyFile);
  if (theirs === undefined) throw new CheckpointSigningKeyError(`the checkpoint signing key file ${keyFile} vanished while it was being created`);
  return { ...signerOf(theirs, origin, `the key in ${keyFile}`), generated: false, keyFile };
}

function signerOf(keyText: string, origin: string, source: string): { signer: NoteSigner; verifierKey: string } {
  let signer: NoteSigner;
  try {
    signer = parseNoteSigner(keyText);
  } catch (error) {
    // NoteKeyError messages never hold key text; anything else is replaced, not passed on.
    const reason = error instanceof NoteKeyError ? error.message : 'not a note signing key';
    throw new CheckpointSigningKeyError(`${source} is not a usable checkpoint signing key: ${reason}`);
  }
  if (signer.name !== origin) {
    throw new CheckpointSigningKeyError(
      `${source} is for the key name ${JSON.stringify(signer.name)}, but LEDGER_LOG_ORIGIN is ${JSON.stringify(origin)}: the name must equal the log origin`,
    );
  }
  return { signer, verifierKey: signer.verifierKey };
}

function generateKey(origin: string): string {
  try {
    return generateNoteKey(origin).privateKey;
  } catch (error) {
    const reason = error instanceof NoteKeyError ? error.message : 'cannot generate a key';
    throw new CheckpointSigningKeyError(`LEDGER_LOG_ORIGIN ${JSON.stringify(origin)} cannot name a checkpoint signing key: ${reason}`);
  }
}
