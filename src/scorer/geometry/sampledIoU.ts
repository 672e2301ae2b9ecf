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
  const reference1D: number[] = [];
  const candidate1D: number[] = [];
  let intersection = 0;
  let union = 0;
  for (let a = 0; a < 3; a++) {
    const b = (a + 1) % 3, c = (a + 2) % 3;
    // The candidate axis the common axis `a` runs along, and its direction.
    const axis = [0, 1, 2].find((k) => m[3 * a + k] !== 0)!;
    const direction = m[3 * a + axis];
    // Each line stands for an equal share of the cross-section: weight the lengths by it.
    const weight = (half[b] * half[c]) / (grid * grid);
    let both = 0, either = 0;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const u = -half[b] + ((i + random()) / grid) * 2 * half[b];
        const v = -half[c] + ((j + random()) / grid) * 2 * half[c];
        reference1D.length = 0;
        candidate1D.length = 0;
        reference.crossings(a, u, v, reference1D);
        // The candidate's coordinates of the line's points: transpose(m) times the common ones.
        const q = [0, 1, 2].map((k) => m[3 * b + k] * u + m[3 * c + k] * v);
        candidate.crossings(axis, q[(axis + 1) % 3], q[(axis + 2) % 3], candidate1D);
        for (let k = 0; k < candidate1D.length; k++) candidate1D[k] *= direction;
        const lengths = overlapAlongLine(reference1D, candidate1D);
        both += lengths.both;
        either += lengths.either;
      }
    }
    intersection += weight * both;
    union += weight * either;
  }
  return union > 0 ? intersection / union : 0;
}

/** Lengths inside both and inside either, from each surface's (coordinate, facing) crossings. */
function overlapAlongLine(a: number[], b: number[]): { both: number; either: number } {
  const events: { at: number; which: 0 | 1; facing: number }[] = [];
  for (let k = 0; k < a.length; k += 2) events.push({ at: a[k], which: 0, facing: a[k + 1] });
  for (let k = 0; k < b.length; k += 2) events.push({ at: b[k], which: 1, facing: b[k + 1] });
  events.sort((p, q) => p.at - q.at || p.which - q.which || p.facing - q.facing);
  // Travelling along the line, a surface facing -x is entered and one facing +x is left.
  const winding = [0, 0];
  let both = 0, either = 0, previous = 0;
  for (const e of events) {
    const inA = winding[0] > 0, inB = winding[1] > 0;
    if (inA && inB) both += e.at - previous;
    if (inA || inB) either += e.at - previous;
    winding[e.which] -= e.facing;
    previous = e.at;
  }
  return { both, either };
}
