import type { CliCommand } from './cli-command.js';
import { EXPORT_HELP, runExportCommand } from './export.command.js';
import { GENERATE_CHECKPOINT_KEY_HELP, runGenerateCheckpointKeyCommand } from './generate-checkpoint-key.command.js';
import { REBUILD_PROJECTIONS_HELP, REBUILD_PROJECTIONS_SUMMARY, runRebuildProjectionsCommand } from './rebuild-projections.command.js';
import { runTlogConsistencyCommand, TLOG_CONSISTENCY_HELP } from './tlog-consistency.command.js';
import { runVerifyCommand, VERIFY_HELP } from './verify.command.js';

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
  { words: ['checkpoint-key', 'generate'], summary: 'make a checkpoint signing key for LEDGER_CHECKPOINT_SIGNING_KEY (an .env line)', help: GENERATE_CHECKPOINT_KEY_HELP, run: runGenerateCheckpointKeyCommand },
];
