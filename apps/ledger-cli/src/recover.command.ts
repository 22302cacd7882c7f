import { parseArgs } from 'node:util';
import { openLedgerStorage, StorageLocation, type StorageOptions } from '#ledger-storage';
import { ReadModels } from '#read-models';
import { CheckpointStore } from '#transparency-log';
import { acceptLogLoss } from './accept-log-loss.js';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { reportCommandFailure } from './command-failure.js';
import { filesInUse } from './data-directory-in-use.js';
import { findLogGap, type LogGapReport } from './log-gap.js';
import { CliUsageError } from './cli-usage-error.js';
import { rebuildProjections } from './rebuild-projections.command.js';
import { ExportRefusedError, restoreFromExport } from './restore-from-export.js';

export const RECOVER_USAGE = `usage: ledger recover <ledgerId>                          explain what the log lacks
       ledger recover <ledgerId> --from-export <records.ndjson>  re-append the missing records from an export
       ledger recover <ledgerId> --accept-loss --operator <name> [--reason <text>]
                                                         record the loss for good (LEDGER_GAP_ACKNOWLEDGED)
Run it with the service stopped, on the service's LEDGER_DATA_DIR / LEDGER_STORE.`;

type RecoverAction = { kind: 'explain' } | { kind: 'from-export'; file: string } | { kind: 'accept-loss'; operator: string; reason?: string };

/**
 * `recover <ledgerId>`: compares the ledger's log with what the service acknowledged (the read
 * models' head and hashes) and signed (checkpoints), says which sequences and head hash are
 * missing, and, when asked, takes one of the two honest ways out: `--from-export` re-appends the
 * missing records byte for byte from an export, each checked against the acknowledged hashes;
 * `--accept-loss` records the loss in the log for good. Both rebuild the read models from the log.
 * Refuses to run while another process has the data directory's files open.
 * @returns 0 when the log holds everything acknowledged (now or already), 1 when records are
 *   missing and were not restored (explained), 2 for a usage or I/O error or a data directory in use.
 */
export async function runRecoverCommand(args: readonly string[], storage: StorageOptions, io: CliIo = processIo, now: () => Date = () => new Date()): Promise<number> {
  try {
    const { ledgerId, action } = parseRecoverArguments(args);
    const location = new StorageLocation(storage);
    const busy = filesInUse(location);
    if (busy.length > 0) {
      io.stderr.write(`ledger recover: another process has ${busy.join(', ')} open: stop the service (every instance on this data directory) first\n`);
      return EXIT_STATUS.usageOrIoError;
    }
    const opened = await openLedgerStorage(storage, { kind: 'direct' });
    const checkpoints = CheckpointStore.open({ filename: location.checkpointsFile });
    let outcome: number | 'rebuild';
    try {
      const report = await findLogGap(ledgerId, opened.store, new ReadModels(opened.readStore), checkpoints);
      io.stdout.write(explain(report));
      outcome = await act(report, action, io, async (gap) => {
        if (action.kind === 'from-export') {
          const appended = await restoreFromExport(opened.store, gap, report.log.headHash, action.file);
          io.stdout.write(`re-appended records ${gap.fromSequence}..${gap.toSequence} (${appended}) from ${action.file}, each matching the hash the ledger acknowledged\n`);
        } else if (action.kind === 'accept-loss') {
          const records = await acceptLogLoss(opened.store, checkpoints, gap, { operator: action.operator, reason: action.reason }, now());
          io.stdout.write(`recorded the loss: LEDGER_GAP_ACKNOWLEDGED at sequences ${gap.fromSequence}..${gap.toSequence} (head hash now ${records.at(-1)!.hash}); the next event gets sequence ${gap.toSequence + 1}\n`);
        }
      });
    } finally {
      checkpoints.close();
      await opened.close();
    }
    if (outcome !== 'rebuild') return outcome;
    io.stdout.write('rebuilding the read models from the log\n');
    await rebuildProjections(storage, []);
    io.stdout.write(`ledger ${ledgerId} is consistent again: start the service\n`);
    return EXIT_STATUS.verified;
  } catch (error) {
    if (error instanceof ExportRefusedError) {
      io.stderr.write(`ledger recover: ${error.message}; nothing was appended\n`);
      return EXIT_STATUS.notVerified;
    }
    return reportCommandFailure(error, io, 'recover', RECOVER_USAGE);
  }
}

/** What to do for the report: 'rebuild' once the log was repaired (or the loss was already recorded). */
async function act(report: LogGapReport, action: RecoverAction, io: CliIo, repair: (gap: NonNullable<LogGapReport['gap']>) => Promise<void>): Promise<number | 'rebuild'> {
  switch (report.state) {
    case 'intact':
      return EXIT_STATUS.verified;
    case 'diverged':
      return EXIT_STATUS.notVerified;
    case 'acknowledged':
      return action.kind === 'accept-loss' ? 'rebuild' : EXIT_STATUS.notVerified;
    case 'gap':
      if (action.kind === 'explain') {
        io.stdout.write(WAYS_OUT(report.ledgerId));
        return EXIT_STATUS.notVerified;
      }
      await repair(report.gap!);
      return 'rebuild';
    default: {
      const unexpected: never = report.state;
      throw new Error(`unexpected state ${String(unexpected)}`);
    }
  }
}

function parseRecoverArguments(args: readonly string[]): { ledgerId: string; action: RecoverAction } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { 'from-export': { type: 'string' }, 'accept-loss': { type: 'boolean' }, operator: { type: 'string' }, reason: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === '') throw new CliUsageError('name exactly one ledger');
  const ledgerId = positionals[0]!;
  const fromExport = values['from-export'];
  if (fromExport !== undefined && values['accept-loss']) throw new CliUsageError('--from-export and --accept-loss are two different ways out: choose one');
  if (fromExport !== undefined) {
    if (fromExport === '') throw new CliUsageError('--from-export needs a file');
    if (values.operator !== undefined || values.reason !== undefined) throw new CliUsageError('--operator and --reason go with --accept-loss');
    return { ledgerId, action: { kind: 'from-export', file: fromExport } };
  }
  if (values['accept-loss']) {
    const operator = values.operator?.trim();
    if (!operator) throw new CliUsageError('--accept-loss needs --operator <name>: who accepts the loss is recorded in the ledger');
    return { ledgerId, action: { kind: 'accept-loss', operator, ...(values.reason === undefined ? {} : { reason: values.reason }) } };
  }
  if (values.operator !== undefined || values.reason !== undefined) throw new CliUsageError('--operator and --reason go with --accept-loss');
  return { ledgerId, action: { kind: 'explain' } };
}

/** What the report says, for an operator. */
function explain(report: LogGapReport): string {
  const { ledgerId, log, readModels, checkpoint } = report;
  const lines = [
    `ledger ${ledgerId}:`,
    `  the log holds ${log.length} records (head hash ${log.headHash})`,
    `  the read models hold records up to ${readModels.headSequence} (head hash ${readModels.headHash})`,
    `  the latest signed checkpoint ${checkpoint ? `covers ${checkpoint.treeSize} records (root ${checkpoint.rootHash})` : 'does not exist'}`,
  ];
  if (report.state === 'intact') lines.push('nothing is missing: the log holds every record acknowledged and signed');
  if (report.state === 'diverged') {
    const d = report.diverged!;
    lines.push(
      `the log's record ${d.sequence} (hash ${d.logHash}) is not the one the read models hold (hash ${d.readModelHash}):`,
      'the log was rewritten, not cut; recover cannot fill that — investigate (ledger verify, tlog consistency)',
    );
  }
  if (report.state === 'acknowledged') {
    lines.push(`the loss is already recorded in the log (LEDGER_GAP_ACKNOWLEDGED at ${report.diverged!.sequence}); run with --accept-loss again to rebuild the read models`);
  }
  if (report.state === 'gap') {
    const gap = report.gap!;
    const count = gap.toSequence - gap.fromSequence + 1;
    lines.push(
      `MISSING: sequences ${gap.fromSequence}..${gap.toSequence} (${count} record${count === 1 ? '' : 's'}) were acknowledged and are not in the log`,
      `  acknowledged head hash: ${gap.lostHeadHash ?? 'unknown (only a signed checkpoint covers that far)'}`,
      `  hashes known for ${gap.lostHashes.size} of them (from the read models)`,
      ...gap.supersededCheckpoints.map((c) => `  signed checkpoint of size ${c.treeSize} (root ${c.rootHash}) covers lost records`),
    );
  }
  return `${lines.join('\n')}\n`;
}

const WAYS_OUT = (ledgerId: string) => `
Two honest ways out (service stopped):
  npm run ledger -- recover ${ledgerId} --from-export <records.ndjson>
      re-append the missing records from an export (GET /v1/ledger/export or \`ledger export\` —
      the service still serves them from its read models while it refuses appends); each must
      have the hash acknowledged for its sequence
  npm run ledger -- recover ${ledgerId} --accept-loss --operator <name> [--reason <text>]
      record the loss for good: a hash-chained LEDGER_GAP_ACKNOWLEDGED at each lost sequence
      (who, when, which sequences and hashes), visible to every auditor; appends resume after it
Either way the read models are rebuilt from the log.
`;
