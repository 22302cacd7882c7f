import { readFile, open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { verifyLedgerExport } from '#integrity';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { parseCommandOptions } from './command-arguments.js';
import { reportCommandFailure } from './command-failure.js';
import { ProgressLine } from './progress-line.js';
import { readVerifierKeyArgument } from './verifier-key-argument.js';

export const VERIFY_USAGE = `usage: ledger verify --records <records.ndjson> --checkpoint <checkpoint.txt> --verifier-key <vkey | @file>`;

export const VERIFY_HELP = `${VERIFY_USAGE}

Offline: checks the checkpoint's signature with the pinned key, every record's hash and its link
to the one before, and that records 1..<checkpoint size> have the Merkle root the key signed.

options:
  --records <file>         the records, one JSON object a line (ledger export's records.ndjson)
  --checkpoint <file>      the signed checkpoint note (ledger export's checkpoint.txt)
  --verifier-key <vkey>    the verifier key you pinned (name+hash+key), or @<file> to read it from a file

exit status: 0 verified, 1 not verified (the reason on stdout), 2 usage or I/O error.`;

/**
 * `verify`: checks an export offline against a checkpoint signed by the pinned verifier key (see
 * verifyLedgerExport for what is checked, in which order). Reads the records one line at a time.
 * @returns 0 verified, 1 not verified (the reason on stdout), 2 usage or I/O error (on stderr).
 */
export async function runVerifyCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseCommandOptions(
      args,
      { records: { type: 'string' }, checkpoint: { type: 'string' }, 'verifier-key': { type: 'string' } },
      ['records', 'checkpoint', 'verifier-key'],
    );
    const verifierKey = await readVerifierKeyArgument(options['verifier-key']);
    const checkpointNote = await readFile(options.checkpoint, 'utf8');
    // Opened first so that a missing file is an error here, not an end of input.
    const file = await open(options.records, 'r');
    const lines = createInterface({ input: file.createReadStream({ encoding: 'utf8' }), crlfDelay: Infinity });
    const progress = new ProgressLine(io.stderr);
    const started = Date.now();
    const rate = (records: number) => records / Math.max((Date.now() - started) / 1000, 1e-3);
    let verdict;
    try {
      verdict = await verifyLedgerExport(lines, checkpointNote, verifierKey, ({ records, treeSize }) =>
        progress.update('verifying', records, Math.max(treeSize, records), rate(records)),
      );
    } finally {
      lines.close();
      await file.close();
    }
    if (!verdict.verified) {
      progress.finish('stopped');
      io.stdout.write(`NOT VERIFIED: ${verdict.reason}\n`);
      return EXIT_STATUS.notVerified;
    }
    progress.finish(`${verdict.records.toLocaleString('en-US')} records read`);
    io.stdout.write(`verified: records 1..${verdict.treeSize} are those of the signed checkpoint of ${verdict.origin} (size ${verdict.treeSize})\n`);
    if (verdict.beyondCheckpoint > 0) {
      io.stdout.write(
        `note: ${verdict.beyondCheckpoint} more records (${verdict.treeSize + 1}..${verdict.records}) hash and link, but no checkpoint covers them\n`,
      );
    }
    return EXIT_STATUS.verified;
  } catch (error) {
    return reportCommandFailure(error, io, 'verify', VERIFY_USAGE);
  }
}
