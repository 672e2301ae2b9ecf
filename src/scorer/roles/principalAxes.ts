/**
 * The principal directions of a point set (eigenvectors of its covariance, by Jacobi rotations)
 * and the point set's extent along each, largest first: the box a tilted leg or a sloping
 * platform fits best, where the axis-aligned box of a diagonal bar is mostly air.
 */
export function principalAxes(positions: Float64Array): { directions: number[][]; extents: number[] } {
  const n = positions.length / 3;
  const mean = [0, 0, 0];
  for (let i = 0; i < positions.length; i += 3) for (let k = 0; k < 3; k++) mean[k] += positions[i + k] / n;
  const c = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  for (let i = 0; i < positions.length; i += 3) {
    const d = [positions[i] - mean[0], positions[i + 1] - mean[1], positions[i + 2] - mean[2]];
    for (let r = 0; r < 3; r++) for (let s = 0; s < 3; s++) c[r][s] += d[r] * d[s];
  }
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  for (let sweep = 0; sweep < 32; sweep++) {
    const off = Math.abs(c[0][1]) + Math.abs(c[0][2]) + Math.abs(c[1][2]);
    if (off <= 1e-12 * (Math.abs(c[0][0]) + Math.abs(c[1][1]) + Math.abs(c[2][2]) + 1e-300)) break;
    for (const [p, q] of [[0, 1], [0, 2], [1, 2]]) {
      if (Math.abs(c[p][q]) < 1e-300) continue;
      const theta = (c[q][q] - c[p][p]) / (2 * c[p][q]);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const cos = 1 / Math.sqrt(t * t + 1), sin = t * cos;
      for (let k = 0; k < 3; k++) {
        const a = c[k][p], b = c[k][q];
        c[k][p] = cos * a - sin * b;
        c[k][q] = sin * a + cos * b;
      }
      for (let k = 0; k < 3; k++) {
        const a = c[p][k], b = c[q][k];
        c[p][k] = cos * a - sin * b;
        c[q][k] = sin * a + cos * b;
      }
      for (let k = 0; k < 3; k++) {
        const a = v[k][p], b = v[k][q];
        v[k][p] = cos * a - sin * b;
        v[k][q] = sin * a + cos * b;
      }
    }
  }
  const directions = [0, 1, 2].map((j) => [v[0][j], v[1][j], v[2][j]]);
  const extents = directions.map((d) => {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < positions.length; i += 3) {
      const t = positions[i] * d[0] + positions[i + 1] * d[1] + positions[i + 2] * d[2];
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    return n > 0 ? hi - lo : 0;
  });
  const order = [0, 1, 2].sort((a, b) => extents[b] - extents[a] || a - b);
  return { directions: order.map((i) => directions[i]), extents: order.map((i) => extents[i]) };
}
