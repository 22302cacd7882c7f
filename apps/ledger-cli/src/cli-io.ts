import type { ProgressOutput } from './progress-line.js';

/** Where a command writes: results on stdout; progress, errors and explanations on stderr. */
export interface CliIo {
  stdout: ProgressOutput;
  stderr: ProgressOutput;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Exit statuses of the auditor commands (export, verify, tlog). */
export const EXIT_STATUS = {
  verified: 0,
  notVerified: 1,
  usageOrIoError: 2,
} as const;
