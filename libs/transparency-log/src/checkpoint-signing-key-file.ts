import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CheckpointSigningKeyError } from './checkpoint-signing-key-error.js';

/**
 * The key text of `file` (final newline removed), or undefined when there is no such file.
 * @throws CheckpointSigningKeyError when the file is not a regular file or its mode lets group or
 *   others read or write it (it must be 0600); the message names the file and the mode, never the key.
 */
export async function readKeyFile(file: string): Promise<string | undefined> {
  let handle;
  try {
    // O_NOFOLLOW: a symlink planted at the key's path must not redirect us to another file.
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CheckpointSigningKeyError(`cannot open the checkpoint signing key file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    // fstat on the open handle: the mode checked is the mode of the file read.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new CheckpointSigningKeyError(`the checkpoint signing key file ${file} is not a regular file`);
    const mode = stats.mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new CheckpointSigningKeyError(
        `the checkpoint signing key file ${file} has mode ${mode.toString(8).padStart(4, '0')}, readable by group or others; it must be 0600 (chmod 600 it)`,
      );
    }
    return (await handle.readFile('utf8')).trimEnd();
  } finally {
    await handle.close();
  }
}

/**
 * Creates `file` holding `keyText` with mode 0600, unless it already exists: written to a temporary
 * file, fsynced, then hard-linked into place (unlike rename, link never replaces an existing file)
 * and the directory fsynced. Returns false when another process created `file` first; its content
 * is then complete, since it too was linked only once fsynced.
 */
export async function createKeyFileOnce(file: string, keyText: string): Promise<boolean> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    try {
      await handle.chmod(0o600); // whatever the umask
      await handle.writeFile(`${keyText}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    await syncDirectory(dirname(file));
    return true;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
