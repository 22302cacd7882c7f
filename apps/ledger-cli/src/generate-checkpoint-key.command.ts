import { generateNoteKey, NoteKeyError } from '#integrity';
import { processIo, type CliIo } from './cli-io.js';
import { parseCommandOptions } from './command-arguments.js';
import { reportCommandFailure } from './command-failure.js';
import { CliUsageError } from './cli-usage-error.js';

/** The service's default LEDGER_LOG_ORIGIN. */
const DEFAULT_ORIGIN = 'audit-ledger.localhost';

export const GENERATE_CHECKPOINT_KEY_USAGE = 'usage: ledger checkpoint-key generate [--origin <LEDGER_LOG_ORIGIN>]';

export const GENERATE_CHECKPOINT_KEY_HELP = `${GENERATE_CHECKPOINT_KEY_USAGE}

Makes a new Ed25519 checkpoint signing key, for instances that must sign identical checkpoints (a
cluster): prints it as an .env line, LEDGER_CHECKPOINT_SIGNING_KEY=PRIVATE+KEY+<origin>+…, then its
verifier key (to pin, and to give auditors) as a comment line. Keep the first line secret.
  npm run -s ledger -- checkpoint-key generate >> .env

options:
  --origin <name>   the key's name, which must be the service's LEDGER_LOG_ORIGIN
                    (default: LEDGER_LOG_ORIGIN from the environment, else ${DEFAULT_ORIGIN})

exit status: 0 printed, 2 usage error (a name with spaces or "+").`;

/** `checkpoint-key generate`: a signing key for LEDGER_CHECKPOINT_SIGNING_KEY, from the system's CSPRNG. */
export async function runGenerateCheckpointKeyCommand(args: readonly string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const { origin = env['LEDGER_LOG_ORIGIN'] || DEFAULT_ORIGIN } = parseCommandOptions(args, { origin: { type: 'string' } }, []);
    let key;
    try {
      key = generateNoteKey(origin);
    } catch (error) {
      if (error instanceof NoteKeyError) throw new CliUsageError(`--origin: ${error.message}`);
      throw error;
    }
    io.stdout.write(`LEDGER_CHECKPOINT_SIGNING_KEY=${key.privateKey}\n# verifier key: ${key.verifierKey}\n`);
    return 0;
  } catch (error) {
    return reportCommandFailure(error, io, 'checkpoint-key generate', GENERATE_CHECKPOINT_KEY_USAGE);
  }
}
