/**
 * A progress bar on stderr: redrawn in place on a terminal, a plain line
 * every few seconds otherwise (CI logs, pipes).
 */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly total: number,
    private readonly enabled = true,
  ) {}

  advance(rows: number, label: string): void {
    this.done += rows;
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < (this.tty ? 200 : 5000)) return;
    this.lastDraw = now;
    this.draw(label);
  }

  finish(label: string): void {
    if (!this.enabled) return;
    this.draw(label);
    if (this.tty) process.stderr.write('\n');
  }

  get rows(): number {
    return this.done;
  }

  private draw(label: string): void {
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
      `${this.done.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s, ${label}`;
    process.stderr.write(this.tty ? `\r${line.padEnd(100)}` : `${line}\n`);
  }
}
