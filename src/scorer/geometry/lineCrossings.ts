/**
 * Where one line crosses a surface: (coordinate along the line, facing) pairs, facing +1 when
 * the crossed triangle faces along the line. A reusable typed buffer, so that shooting thousands
 * of lines allocates nothing per line.
 */
export class LineCrossings {
  at = new Float64Array(16);
  facing = new Float64Array(16);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(at: number, facing: number): void {
    if (this.length === this.at.length) {
      const at2 = new Float64Array(2 * this.length), facing2 = new Float64Array(2 * this.length);
      at2.set(this.at);
      facing2.set(this.facing);
      this.at = at2;
      this.facing = facing2;
    }
    this.at[this.length] = at;
    this.facing[this.length] = facing;
    this.length++;
  }

  /**
   * Orders the crossings by coordinate, then facing. A line crosses a handful of triangles, so
   * an insertion sort beats a general one; the order is a total one on the values, so the
   * sequence is the one any sort gives.
   */
  sort(): void {
    const at = this.at, facing = this.facing;
    for (let i = 1; i < this.length; i++) {
      const a = at[i], f = facing[i];
      let j = i - 1;
      while (j >= 0 && (at[j] > a || (at[j] === a && facing[j] > f))) {
        at[j + 1] = at[j];
        facing[j + 1] = facing[j];
        j--;
      }
      at[j + 1] = a;
      facing[j + 1] = f;
    }
  }
}
