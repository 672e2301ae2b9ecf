/**
 * The one-to-one assignment of rows to columns with the largest total score (Kuhn-Munkres,
 * O(n^3) on the square padded matrix). Returns for each row its column, or -1. Ties go to the
 * lower indices, so the same matrix always gives the same assignment.
 */
export function bestAssignment(score: number[][], columns: number): number[] {
  const rows = score.length;
  const n = Math.max(rows, columns);
  if (n === 0) return [];
  const cost = (i: number, j: number) => (i < rows && j < columns ? -score[i][j] : 0);
  // Potentials and matching over 1-based indices, column 0 a sentinel.
  const u = new Float64Array(n + 1), v = new Float64Array(n + 1);
  const match = new Int32Array(n + 1), way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const least = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = match[j0];
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (reduced < least[j]) {
          least[j] = reduced;
          way[j] = j0;
        }
        if (least[j] < delta) {
          delta = least[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else least[j] -= delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = match[j] - 1;
    if (i >= 0 && i < rows && j - 1 < columns) result[i] = j - 1;
  }
  return result;
}
