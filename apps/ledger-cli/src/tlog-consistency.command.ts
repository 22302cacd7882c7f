import { readFile, writeFile } from 'node:fs/promises';
import { LEDGER_VERDICT_CODES, isVerdictFailure, openPinnedCheckpoint, parseNoteVerifier, verifyCheckpointConsistency } from '#integrity';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { parseCommandOptions } from './command-arguments.js';
import { reportCommandFailure } from './command-failure.js';
import { LedgerApiClient, LedgerApiError } from './ledger-api-client.js';
import { readVerifierKeyArgument } from './verifier-key-argument.js';

export const TLOG_CONSISTENCY_USAGE =
  'usage: ledger tlog consistency --url <base url> --api-key <key> --old <checkpoint file> --verifier-key <vkey | @file> [--save <file>]';

export const TLOG_CONSISTENCY_HELP = `${TLOG_CONSISTENCY_USAGE}

Fetches the service's latest checkpoint and a consistency proof from the one you kept, and checks
that the log only grew since: this catches a rewritten or truncated history.

options:
  --url <base url>         the service, e.g. http://ledger:3000
  --api-key <key>          a key with the audit:read scope
  --old <file>             the checkpoint you kept (a signed note)
  --verifier-key <vkey>    the verifier key you pinned (name+hash+key), or @<file> to read it from a file
  --save <file>            once shown consistent, write the latest checkpoint here (next run's --old)

exit status: 0 consistent, 1 not (the reason on stdout, its meaning and the evidence on stderr),
2 usage, network or file error.`;

/** What each failure means for the auditor, printed after the reason. */
const MEANING: Partial<Record<string, string>> = {
  [LEDGER_VERDICT_CODES.logShorter]:
    'The ledger now shows fewer records than it signed before: history was truncated or replaced. Keep both checkpoints as evidence.',
  [LEDGER_VERDICT_CODES.notAPrefix]:
    'Records the ledger signed before are no longer the same: history was rewritten. Keep both checkpoints as evidence; both are signed by the ledger.',
  [LEDGER_VERDICT_CODES.originMismatch]: 'The service is serving another log (another ledger or LEDGER_LOG_ORIGIN) than the one you kept a checkpoint of.',
  [LEDGER_VERDICT_CODES.checkpointUnknownKey]: 'Either the ledger\'s signing key changed or this is not the ledger you pinned the key of.',
};

/**
 * `tlog consistency`: fetches the latest checkpoint, checks its signature, fetches the consistency
 * proof from the kept (`--old`) checkpoint's size and checks that the log only grew since; with
 * `--save <file>`, writes the latest checkpoint there once it is shown consistent (the next run's `--old`).
 * On failure prints what it means and the latest checkpoint note (evidence) on stderr.
 * @returns 0 consistent, 1 not (reason on stdout), 2 usage, network or file error.
 */
export async function runTlogConsistencyCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseCommandOptions(
      args,
      { url: { type: 'string' }, 'api-key': { type: 'string' }, old: { type: 'string' }, 'verifier-key': { type: 'string' }, save: { type: 'string' } },
      ['url', 'api-key', 'old', 'verifier-key'],
    );
    const verifierKey = await readVerifierKeyArgument(options['verifier-key']);
    const verifier = parseNoteVerifier(verifierKey);
    const oldNote = await readFile(options.old, 'utf8');
    const client = new LedgerApiClient(options.url, options['api-key']);
    const newNote = await client.checkpoint();
    const older = openPinnedCheckpoint(oldNote, verifier, 'old checkpoint');
    const newer = openPinnedCheckpoint(newNote, verifier, 'new checkpoint');
    let proof: string[] = [];
    // Only a well-signed pair that grew needs a proof; every other case is decided without one.
    if (!isVerdictFailure(older) && !isVerdictFailure(newer) && older.origin === newer.origin && older.treeSize > 0 && older.treeSize < newer.treeSize) {
      proof = (await client.consistencyProof(older.treeSize, newer.treeSize)).hashes;
    }
    const verdict = verifyCheckpointConsistency(oldNote, newNote, verifierKey, proof);
    if (!verdict.verified) {
      io.stdout.write(`NOT VERIFIED: ${verdict.reason}\n`);
      const meaning = MEANING[verdict.code];
      if (meaning) io.stderr.write(`${meaning}\n`);
      io.stderr.write(`\nThe latest checkpoint the service sent:\n${newNote}`);
      return EXIT_STATUS.notVerified;
    }
    if (options.save !== undefined) await writeFile(options.save, newNote);
    io.stdout.write(
      `consistent: checkpoint ${verdict.oldSize} of ${verdict.origin} is a prefix of its latest checkpoint ${verdict.newSize}` +
        `${verdict.newSize > verdict.oldSize ? ` (${verdict.newSize - verdict.oldSize} records appended since)` : ' (no records appended since)'}` +
        `${options.save !== undefined ? `; saved the latest checkpoint to ${options.save}` : ''}\n`,
    );
    return EXIT_STATUS.verified;
  } catch (error) {
    if (error instanceof LedgerApiError && error.code === 'LEDGER.LOG_CONTRADICTS_CHECKPOINT') {
      // The service itself found its log cut or rewritten below a checkpoint it signed: not verified.
      io.stdout.write(`NOT VERIFIED: the service reports that its log contradicts a checkpoint it signed (${error.message})\n`);
      io.stderr.write(`${MEANING['INTEGRITY.CHECKPOINT_NOT_A_PREFIX'] ?? ''}\n`);
      return EXIT_STATUS.notVerified;
    }
    return reportCommandFailure(error, io, 'tlog consistency', TLOG_CONSISTENCY_USAGE);
  }
}
