import type { CliIo } from './cli-io.js';

/**
 * One command of the `ledger` CLI, as the command table (ledger-commands.ts) lists it. The
 * dispatcher finds it by its words, answers `-h`/`--help` with `help`, and otherwise hands `run`
 * every argument after the words (run parses them with parseCommandOptions, i.e. node:util parseArgs).
 */
export interface CliCommand {
  /** The words after `ledger` that name it: `['export']`, `['tlog', 'consistency']`. */
  readonly words: readonly string[];
  /** One line for `ledger --help`. */
  readonly summary: string;
  /** `ledger <words> --help`: the usage line, every option, what it prints, its exit statuses. */
  readonly help: string;
  /** Runs the command; resolves to its exit status (2 for a usage error, reported by the command). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
