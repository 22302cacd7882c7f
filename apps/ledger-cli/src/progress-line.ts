/** Where a progress line is drawn: process.stderr, or a test's recorder. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** A one-line progress bar on a terminal (stderr), redrawn in place; plain lines when not a TTY. */
export class ProgressLine {
  private lastDrawn = 0;

  constructor(private readonly out: ProgressOutput = process.stderr) {}

  /** Redraws at most ten times a second (always when `force`). */
  update(label: string, done: number, total: number, eventsPerSecond: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const text = `${label} ${bar} ${(ratio * 100).toFixed(1).padStart(5)} %  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} positions  ${Math.round(eventsPerSecond).toLocaleString('en-US')} events/s`;
    this.out.write(this.out.isTTY ? `\r${text}\x1b[K` : `${text}\n`);
  }

  /** Ends the line. */
  finish(message: string): void {
    this.out.write(this.out.isTTY ? `\r${message}\x1b[K\n` : `${message}\n`);
  }
}
