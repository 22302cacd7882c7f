import { readStorageOptions, type StorageOptions } from '#ledger-storage';
import type { CliCommand } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { reportCommandFailure } from './command-failure.js';
import { EXPORT_HELP, runExportCommand } from './export.command.js';
import { GENERATE_CHECKPOINT_KEY_HELP, runGenerateCheckpointKeyCommand } from './generate-checkpoint-key.command.js';
import { RECOVER_USAGE, runRecoverCommand } from './recover.command.js';
import { runScrubCommand, SCRUB_USAGE } from './scrub.command.js';
import { REBUILD_PROJECTIONS_HELP, REBUILD_PROJECTIONS_SUMMARY, runRebuildProjectionsCommand } from './rebuild-projections.command.js';
import { runTlogConsistencyCommand, TLOG_CONSISTENCY_HELP } from './tlog-consistency.command.js';
import { runVerifyCommand, VERIFY_HELP } from './verify.command.js';

/** A command over the data directory: the storage settings come from the service's variables. */
function withStorage(command: string, usage: string, run: (args: readonly string[], storage: StorageOptions, io: CliIo) => Promise<number>): CliCommand['run'] {
  return async (args, io) => {
    let storage: StorageOptions;
    try {
      storage = readStorageOptions(process.env);
    } catch (error) {
      return reportCommandFailure(error, io, command, usage);
    }
    return run(args, storage, io);
  };
}

/**
 * Every command of `ledger`, in the order `ledger --help` lists them. A new command is one entry
 * here (its words, a one-line summary, its help, its run function); commands sharing a first word
 * form a group (`ledger tlog --help` lists them).
 */
export const LEDGER_COMMANDS: readonly CliCommand[] = [
  { words: ['export'], summary: 'download the latest signed checkpoint and the records it covers', help: EXPORT_HELP, run: runExportCommand },
  { words: ['verify'], summary: 'offline: check an export against a checkpoint signed by the pinned key', help: VERIFY_HELP, run: runVerifyCommand },
  { words: ['tlog', 'consistency'], summary: 'check that the log only grew since a checkpoint you kept', help: TLOG_CONSISTENCY_HELP, run: runTlogConsistencyCommand },
  { words: ['projections', 'rebuild'], summary: REBUILD_PROJECTIONS_SUMMARY, help: REBUILD_PROJECTIONS_HELP, run: runRebuildProjectionsCommand },
  { words: ['recover'], summary: 'explain what a restored or cut log lacks, and recover it: from an export, or by recording the loss', help: RECOVER_USAGE, run: withStorage('recover', RECOVER_USAGE, (args, storage, io) => runRecoverCommand(args, storage, io)) },
  { words: ['scrub'], summary: "walk every ledger's log once and compare each record with its envelope and the read models", help: SCRUB_USAGE, run: withStorage('scrub', SCRUB_USAGE, runScrubCommand) },
  { words: ['checkpoint-key', 'generate'], summary: 'make a checkpoint signing key for LEDGER_CHECKPOINT_SIGNING_KEY (an .env line)', help: GENERATE_CHECKPOINT_KEY_HELP, run: runGenerateCheckpointKeyCommand },
];
