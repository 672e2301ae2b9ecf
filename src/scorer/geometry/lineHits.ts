/**
 * Where a set of numbered lines cross a surface: (line, coordinate along the line, facing)
 * triples, facing +1 when the crossed triangle faces along the line. Collected in any order,
 * then grouped by line; typed buffers reused for every axis, so shooting thousands of lines
 * allocates no object per line.
 */
export class LineHits {
  private line = new Int32Array(256);
  private at = new Float64Array(256);
  private facing = new Float64Array(256);
  private length = 0;
  /** After `groupByLine`: line k's crossings are sortedAt/sortedFacing[lineStart[k] .. lineStart[k + 1]). */
  readonly lineStart: Int32Array;
  sortedAt = new Float64Array(256);
  sortedFacing = new Float64Array(256);

  constructor(readonly lines: number) {
    this.lineStart = new Int32Array(lines + 1);
  }

  clear(): void {
    this.length = 0;
  }

  push(line: number, at: number, facing: number): void {
    if (this.length === this.at.length) {
      this.line = grown(this.line, new Int32Array(2 * this.length));
      this.at = grown(this.at, new Float64Array(2 * this.length));
      this.facing = grown(this.facing, new Float64Array(2 * this.length));
    }
    this.line[this.length] = line;
    this.at[this.length] = at;
    this.facing[this.length] = facing;
    this.length++;
  }

  /** Multiplies every coordinate and facing by `factor`. */
  scale(factor: number): void {
    for (let k = 0; k < this.length; k++) {
      this.at[k] *= factor;
      this.facing[k] *= factor;
    }
  }

  /** A counting sort by line number, keeping the collected order within each line. */
  groupByLine(): void {
    const start = this.lineStart;
    start.fill(0);
    for (let k = 0; k < this.length; k++) start[this.line[k] + 1]++;
    for (let l = 0; l < this.lines; l++) start[l + 1] += start[l];
    if (this.sortedAt.length < this.length) {
      this.sortedAt = new Float64Array(this.at.length);
      this.sortedFacing = new Float64Array(this.at.length);
    }
    const next = start.slice(0, this.lines);
    for (let k = 0; k < this.length; k++) {
      const to = next[this.line[k]]++;
      this.sortedAt[to] = this.at[k];
      this.sortedFacing[to] = this.facing[k];
    }
  }

  /**
   * Orders one line's crossings by coordinate, then facing. A line crosses a handful of
   * triangles, so an insertion sort beats a general one; the order is a total one on the
   * values, so the sequence is the one any sort gives.
   */
  sortLine(line: number): void {
    const at = this.sortedAt, facing = this.sortedFacing;
    const first = this.lineStart[line], end = this.lineStart[line + 1];
    for (let i = first + 1; i < end; i++) {
      const a = at[i], f = facing[i];
      let j = i - 1;
      while (j >= first && (at[j] > a || (at[j] === a && facing[j] > f))) {
        at[j + 1] = at[j];
        facing[j + 1] = facing[j];
        j--;
      }
      at[j + 1] = a;
      facing[j + 1] = f;
    }
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
