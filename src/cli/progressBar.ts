/**
 * A one-line progress bar redrawn in place; only for terminals, so logs and pipes stay clean. With
 * no total (standard input, read as it arrives) there is nothing to fill, so it counts instead:
 * lines scored and lines received but not yet answered.
 */
export class ProgressBar {
  private done = 0;
  private received = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number | null,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  /** One more line to answer; only shown when the total is unknown. */
  receive(): void {
    this.received++;
  }

  tick(): void {
    this.done++;
    if (performance.now() - this.lastDraw >= 100) this.draw();
  }

  finish(): void {
    this.draw();
    this.stream.write("\n");
  }

  private draw(): void {
    const now = performance.now();
    this.lastDraw = now;
    const rate = `${(this.done / Math.max((now - this.started) / 1000, 1e-3)).toFixed(1)}/s`;
    if (this.total === null) {
      this.stream.write(`\r${this.done} scored, ${this.received - this.done} waiting  ${rate}\x1b[K`);
      return;
    }
    const width = 30;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    this.stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done}/${this.total}  ${rate}`);
  }
}
