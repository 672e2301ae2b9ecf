/** A one-line progress bar redrawn in place; only for terminals, so logs and pipes stay clean. */
export class ProgressBar {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  tick(): void {
    this.done++;
    const now = performance.now();
    if (this.done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    const rate = this.done / Math.max((now - this.started) / 1000, 1e-3);
    this.stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done}/${this.total}  ${rate.toFixed(1)}/s`);
  }

  finish(): void {
    this.stream.write("\n");
  }
}
