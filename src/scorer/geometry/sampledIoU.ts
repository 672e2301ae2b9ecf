import { LineCrossings } from "./lineCrossings";
import { seededRandom } from "./random";
import type { SurfaceDistance } from "./surfaceDistance";

const LINE_SEED = 7919;

/**
 * Volumetric IoU of two closed surfaces estimated on lines: along each axis, one seeded random
 * line in each cell of a `grid` x `grid` partition of the common extent across it. Along a
 * line the inside intervals are exact (every crossing of the surface is found on the tree),
 * so only the choice of lines is sampled; the jittered grid and the three directions (thin
 * features parallel to one axis are caught by the other two) keep the error small.
 *
 * `candidate` is measured in its own frame: the common frame's points are `m` times the
 * candidate's (a signed axis permutation, so each line stays parallel to one of its axes).
 * Inside means a positive winding number, so overlapping parts count once, as in a union.
 */
export function sampledIoU(candidate: SurfaceDistance, reference: SurfaceDistance, m: number[], half: number[], grid: number): number {
  const random = seededRandom(LINE_SEED);
  const reference1D = new LineCrossings();
  const candidate1D = new LineCrossings();
  const lengths = new Float64Array(2);
  let intersection = 0;
  let union = 0;
  for (let a = 0; a < 3; a++) {
    const b = (a + 1) % 3, c = (a + 2) % 3;
    // The candidate axis the common axis `a` runs along, and its direction.
    const axis = [0, 1, 2].find((k) => m[3 * a + k] !== 0)!;
    const direction = m[3 * a + axis];
    const au = (axis + 1) % 3, av = (axis + 2) % 3;
    // Each line stands for an equal share of the cross-section: weight the lengths by it.
    const weight = (half[b] * half[c]) / (grid * grid);
    let both = 0, either = 0;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const u = -half[b] + ((i + random()) / grid) * 2 * half[b];
        const v = -half[c] + ((j + random()) / grid) * 2 * half[c];
        reference1D.clear();
        candidate1D.clear();
        reference.crossings(a, u, v, reference1D);
        // The candidate's coordinates of the line's points: transpose(m) times the common ones.
        const qu = m[3 * b + au] * u + m[3 * c + au] * v;
        const qv = m[3 * b + av] * u + m[3 * c + av] * v;
        candidate.crossings(axis, qu, qv, candidate1D);
        // Against the common axis, coordinates and facings both change sign.
        for (let k = 0; k < candidate1D.length; k++) {
          candidate1D.at[k] *= direction;
          candidate1D.facing[k] *= direction;
        }
        overlapAlongLine(reference1D, candidate1D, lengths);
        both += lengths[0];
        either += lengths[1];
      }
    }
    intersection += weight * both;
    union += weight * either;
  }
  return union > 0 ? intersection / union : 0;
}

/**
 * Lengths inside both (into lengths[0]) and inside either (lengths[1]), from each surface's
 * crossings: the two sorted lists merged as one sort by (coordinate, surface, facing) would order them.
 */
function overlapAlongLine(a: LineCrossings, b: LineCrossings, lengths: Float64Array): void {
  a.sort();
  b.sort();
  // Travelling along the line, a surface facing -x is entered and one facing +x is left.
  let windingA = 0, windingB = 0;
  let both = 0, either = 0, previous = 0;
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    // On equal coordinates the first surface's crossing comes first.
    const fromA = j >= b.length || (i < a.length && a.at[i] <= b.at[j]);
    const at = fromA ? a.at[i] : b.at[j];
    const inA = windingA > 0, inB = windingB > 0;
    if (inA && inB) both += at - previous;
    if (inA || inB) either += at - previous;
    if (fromA) windingA -= a.facing[i++];
    else windingB -= b.facing[j++];
    previous = at;
  }
  lengths[0] = both;
  lengths[1] = either;
}
