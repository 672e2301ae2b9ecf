/** The 24 proper rotations that map the coordinate axes onto axes (row-major 3x3), in a fixed order. */
export const AXIS_ROTATIONS: number[][] = (() => {
  const out: number[][] = [];
  const perms = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  for (const perm of perms) {
    for (let signs = 0; signs < 8; signs++) {
      const m = new Array(9).fill(0);
      for (let r = 0; r < 3; r++) m[3 * r + perm[r]] = signs & (1 << r) ? -1 : 1;
      const det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
      if (det > 0) out.push(m);
    }
  }
  return out;
})();
