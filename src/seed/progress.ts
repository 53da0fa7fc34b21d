/** Where a progress bar draws: stderr, or a test's collector. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress bar on stderr: redrawn in place on a terminal, a plain line
 * every few seconds otherwise (CI logs, pipes). The total is an estimate
 * (rows a seed scale should give, records counted on bytes), so the bar
 * stops short of 100 % while rows keep coming and shows 100 % once the work
 * is done, whatever the estimate said.
 */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly enabled = true,
    private readonly output: ProgressOutput = process.stderr,
  ) {
    this.tty = output.isTTY === true;
  }

  advance(rows: number, label: string): void {
    this.done += rows;
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < (this.tty ? 200 : 5000)) return;
    this.lastDraw = now;
    this.draw(label, false);
  }

  finish(label: string): void {
    if (!this.enabled) return;
    this.draw(label, true);
    if (this.tty) this.output.write('\n');
  }

  get rows(): number {
    return this.done;
  }

  private draw(label: string, finished: boolean): void {
    // Before the end an estimate that was too low shows 99 %, never a bar that is full while work goes on.
    const fraction = finished ? 1 : this.total > 0 ? Math.min(0.99, this.done / this.total) : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100).toString().padStart(3)}% ` +
      `${this.done.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s, ${label}`;
    this.output.write(this.tty ? `\r${line.padEnd(100)}` : `${line}\n`);
  }
}
