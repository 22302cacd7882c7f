import type { CliIo } from '../cli-io.js';

/** A CliIo that keeps what a command wrote (stderr is not a terminal: progress comes as plain lines). */
export function recordingIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    out: () => out,
    err: () => err,
  };
}
