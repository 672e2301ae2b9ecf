import type { TriMesh } from "../geometry/triMesh";

/** Where along its length a solid's cross-sections are read: its middle, clear of heads, feet and flanges at its ends. */
const SLICES = [0.2, 0.35, 0.5, 0.65, 0.8];

/**
 * How wide a solid is over the middle of its length along `long` (a unit vector): the median, over
 * cross-sections square to it, of each section's larger extent across (along `across`). A bolt is
 * as wide as its shank, not its head; a leg as its post, not its foot; a plain bar or plate as its
 * box. Sections the solid does not reach are left out; with none, it is as wide as `fallback`.
 */
export function coreWidth(mesh: TriMesh, long: number[], across: [number[], number[]], fallback: number): number {
  const p = mesh.positions, idx = mesh.indices;
  const along = (i: number, d: number[]) => p[3 * i] * d[0] + p[3 * i + 1] * d[1] + p[3 * i + 2] * d[2];
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < p.length / 3; i++) {
    const t = along(i, long);
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  const levels = SLICES.map((f) => lo + f * (hi - lo));
  const spans = levels.map(() => [Infinity, -Infinity, Infinity, -Infinity]);
  for (let t = 0; t < idx.length; t += 3) {
    const corners = [idx[t], idx[t + 1], idx[t + 2]];
    const h = corners.map((i) => along(i, long));
    const u = corners.map((i) => along(i, across[0]));
    const v = corners.map((i) => along(i, across[1]));
    levels.forEach((level, s) => {
      // Where the section's plane cuts the triangle's edges: the ends of its trace in the section.
      for (const [a, b] of [[0, 1], [1, 2], [2, 0]]) {
        if ((h[a] - level) * (h[b] - level) > 0 || h[a] === h[b]) continue;
        const w = (level - h[a]) / (h[b] - h[a]);
        const su = u[a] + w * (u[b] - u[a]), sv = v[a] + w * (v[b] - v[a]);
        const span = spans[s];
        span[0] = Math.min(span[0], su);
        span[1] = Math.max(span[1], su);
        span[2] = Math.min(span[2], sv);
        span[3] = Math.max(span[3], sv);
      }
    });
  }
  const widths = spans.filter((s) => s[1] >= s[0]).map((s) => Math.max(s[1] - s[0], s[3] - s[2])).sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length / 2)] : fallback;
}
