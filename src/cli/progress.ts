// A one-line progress bar on stderr, drawn only on a terminal and only for long runs.
import type { WriteStream } from 'node:tty';

const MIN_ITEMS = 20;

export class Progress {
  private done = 0;
  private readonly isShown: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream | WriteStream,
    private readonly total: number,
  ) {
    this.isShown = Boolean(out.isTTY) && total >= MIN_ITEMS;
  }

  /** Counts one unit done and redraws the bar. */
  tick(): void {
    this.done += 1;
    if (!this.isShown) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    this.out.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total}`);
  }

  /** Erases the bar so that a normal line can be printed. */
  clear(): void {
    if (this.isShown) this.out.write('\r\x1b[2K');
  }
}
