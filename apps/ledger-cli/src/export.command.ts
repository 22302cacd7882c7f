import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CheckpointFormatError, NOTE_ERROR_CODES, NoteVerificationError, openNote, parseCheckpoint, type Checkpoint } from '#integrity';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { parseCommandOptions } from './command-arguments.js';
import { reportCommandFailure } from './command-failure.js';
import { LedgerApiClient, LedgerApiError } from './ledger-api-client.js';
import { ProgressLine } from './progress-line.js';

export const EXPORT_USAGE = `usage: ledger export --url <base url> --api-key <key> --out <dir>`;

export const EXPORT_HELP = `${EXPORT_USAGE}

Downloads the latest signed checkpoint, then the records it covers (1..<its size>), so that the
checkpoint covers every exported record. Verifies nothing: run \`ledger verify\` on the two files.

options:
  --url <base url>   the service, e.g. http://ledger:3000
  --api-key <key>    a key with the audit:read scope (of the ledger to export)
  --out <dir>        where to write records.ndjson and checkpoint.txt (created if missing)

exit status: 0 both files written, 2 usage, network or file error (also: fewer records than the
checkpoint covers).`;

const NEWLINE = 0x0a;

/**
 * `export`: downloads the latest checkpoint, then records 1..<its size> as NDJSON, so that the
 * checkpoint covers every exported record: `<dir>/records.ndjson` (streamed to disk with
 * backpressure, renamed into place once complete) and `<dir>/checkpoint.txt` (written last).
 * Does not verify anything: run `verify` on the two files, offline, with the pinned key.
 * @returns 0 when both files are written, 2 for a usage, network or file error, or an export
 *   that does not hold as many lines as the checkpoint's size.
 */
export async function runExportCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseCommandOptions(args, { url: { type: 'string' }, 'api-key': { type: 'string' }, out: { type: 'string' } }, ['url', 'api-key', 'out']);
    const client = new LedgerApiClient(options.url, options['api-key']);
    const note = await client.checkpoint();
    const { treeSize, origin } = readUnverifiedCheckpoint(note);
    await mkdir(options.out, { recursive: true });
    const recordsPath = join(options.out, 'records.ndjson');
    const partialPath = `${recordsPath}.partial`;
    const progress = new ProgressLine(io.stderr);
    let lines = 0;
    let endsWithNewline = true;
    if (treeSize > 0) {
      const started = Date.now();
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          if (chunk.length > 0) endsWithNewline = chunk[chunk.length - 1] === NEWLINE;
          for (let i = chunk.indexOf(NEWLINE); i >= 0; i = chunk.indexOf(NEWLINE, i + 1)) lines++;
          progress.update('exporting', lines, treeSize, lines / Math.max((Date.now() - started) / 1000, 1e-3));
          done(null, chunk);
        },
      });
      try {
        await pipeline(await client.exportRecords(treeSize), counter, createWriteStream(partialPath));
      } catch (error) {
        await rm(partialPath, { force: true });
        throw error;
      }
      // A last record without its newline is still a record.
      if (!endsWithNewline) lines++;
    } else {
      await writeFile(partialPath, '');
    }
    if (lines !== treeSize) {
      throw new LedgerApiError(`the service sent ${lines} records, but the checkpoint covers ${treeSize}: the download is incomplete (kept as ${partialPath})`);
    }
    await rename(partialPath, recordsPath);
    await writeFile(join(options.out, 'checkpoint.txt'), note);
    progress.finish(`${lines.toLocaleString('en-US')} records exported`);
    io.stdout.write(`exported records 1..${treeSize} of ${origin} to ${recordsPath}, and their checkpoint to ${join(options.out, 'checkpoint.txt')}\n`);
    return EXIT_STATUS.verified;
  } catch (error) {
    return reportCommandFailure(error, io, 'export', EXPORT_USAGE);
  }
}

/** The checkpoint in a note, without checking any signature (export has no key to check it with; verify does). */
function readUnverifiedCheckpoint(note: string): Checkpoint {
  try {
    openNote(note, []);
  } catch (error) {
    // With no known key, a well-formed note is refused as unknown-key and comes back unverified.
    if (error instanceof NoteVerificationError && error.code === NOTE_ERROR_CODES.unknownKey && error.details.note) {
      try {
        return parseCheckpoint(error.details.note.text);
      } catch (parseError) {
        if (parseError instanceof CheckpointFormatError) throw new LedgerApiError(`the service sent a malformed checkpoint: ${parseError.message}`);
        throw parseError;
      }
    }
    if (error instanceof NoteVerificationError) throw new LedgerApiError(`the service sent a malformed checkpoint note: ${error.message}`);
    throw error;
  }
  throw new LedgerApiError('the service sent a checkpoint note that opened without any key');
}
