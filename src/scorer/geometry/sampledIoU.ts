import { LineHits } from "./lineHits";
import { seededRandom } from "./random";
import type { TriMesh } from "./triMesh";

const LINE_SEED = 7919;

/**
 * Volumetric IoU of two closed surfaces estimated on lines: along each axis, one seeded random
 * line in each cell of a `grid` x `grid` partition of the common extent across it. Along a
 * line the inside intervals are exact (every crossing of the surface is found), so only the
 * choice of lines is sampled; the jittered grid and the three directions (thin features
 * parallel to one axis are caught by the other two) keep the error small.
 *
 * `candidate` is measured in its own frame: the common frame's points are `m` times the
 * candidate's (a signed axis permutation, so each line stays parallel to one of its axes).
 * Inside means a positive winding number, so overlapping parts count once, as in a union.
 */
export function sampledIoU(candidate: TriMesh, reference: TriMesh, m: number[], half: number[], grid: number): number {
  const random = seededRandom(LINE_SEED);
  const lines = grid * grid;
  const lineU = new Float64Array(lines), lineV = new Float64Array(lines);
  const candidateU = new Float64Array(lines), candidateV = new Float64Array(lines);
  const referenceHits = new LineHits(lines), candidateHits = new LineHits(lines);
  const lengths = new Float64Array(2);
  let intersection = 0;
  let union = 0;
  for (let a = 0; a < 3; a++) {
    const b = (a + 1) % 3, c = (a + 2) % 3;
    // The candidate axis the common axis `a` runs along, and its direction.
    const axis = [0, 1, 2].find((k) => m[3 * a + k] !== 0)!;
    const direction = m[3 * a + axis];
    const au = (axis + 1) % 3, av = (axis + 2) % 3;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const u = -half[b] + ((i + random()) / grid) * 2 * half[b];
        const v = -half[c] + ((j + random()) / grid) * 2 * half[c];
        const line = i * grid + j;
        lineU[line] = u;
        lineV[line] = v;
        // The candidate's coordinates of the line's points: transpose(m) times the common ones.
        candidateU[line] = m[3 * b + au] * u + m[3 * c + au] * v;
        candidateV[line] = m[3 * b + av] * u + m[3 * c + av] * v;
      }
    }
    const cells = lineCells(lineU, lineV, grid, half[b], half[c]);
    referenceHits.clear();
    shootLines(reference, a, lineU, lineV, cells, 1, 1, false, referenceHits);
    candidateHits.clear();
    // Which common coordinate (u or v) each candidate coordinate is, and with which sign.
    const swapped = m[3 * b + au] === 0;
    const signU = swapped ? m[3 * c + au] : m[3 * b + au];
    const signV = swapped ? m[3 * b + av] : m[3 * c + av];
    shootLines(candidate, axis, candidateU, candidateV, cells, signU, signV, swapped, candidateHits);
    // Against the common axis, coordinates and facings both change sign.
    candidateHits.scale(direction);
    referenceHits.groupByLine();
    candidateHits.groupByLine();
    // Each line stands for an equal share of the cross-section: weight the lengths by it.
    const weight = (half[b] * half[c]) / (grid * grid);
    let both = 0, either = 0;
    for (let line = 0; line < lines; line++) {
      overlapAlongLine(referenceHits, candidateHits, line, lengths);
      both += lengths[0];
      either += lengths[1];
    }
    intersection += weight * both;
    union += weight * either;
  }
  return union > 0 ? intersection / union : 0;
}

/**
 * The jittered lines' partition of the common cross-section: line i * grid + j lies in column
 * i and row j. Column i's lines span [uMin[i], uMax[i]], row j's [vMin[j], vMax[j]]; both are
 * non-decreasing in i (or j), as each line's offset inside its cell is below one cell.
 */
interface LineCells {
  grid: number;
  halfU: number;
  halfV: number;
  uMin: Float64Array;
  uMax: Float64Array;
  vMin: Float64Array;
  vMax: Float64Array;
}

function lineCells(lineU: Float64Array, lineV: Float64Array, grid: number, halfU: number, halfV: number): LineCells {
  const uMin = new Float64Array(grid).fill(Infinity), uMax = new Float64Array(grid).fill(-Infinity);
  const vMin = new Float64Array(grid).fill(Infinity), vMax = new Float64Array(grid).fill(-Infinity);
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const u = lineU[i * grid + j], v = lineV[i * grid + j];
      if (u < uMin[i]) uMin[i] = u;
      if (u > uMax[i]) uMax[i] = u;
      if (v < vMin[j]) vMin[j] = v;
      if (v > vMax[j]) vMax[j] = v;
    }
  }
  return { grid, halfU, halfV, uMin, uMax, vMin, vMax };
}

/**
 * The columns (or rows) whose lines can fall in [lo, hi]: from a guess by the cell size, moved
 * to the first whose span reaches lo and the last whose span starts by hi. Returns first and
 * last through `range`; first > last when none.
 */
function cellRange(lo: number, hi: number, half: number, min: Float64Array, max: Float64Array, range: Int32Array): void {
  const grid = min.length;
  let first = guess(lo, half, grid);
  while (first > 0 && max[first - 1] >= lo) first--;
  while (first < grid && max[first] < lo) first++;
  let last = guess(hi, half, grid);
  while (last < grid - 1 && min[last + 1] <= hi) last++;
  while (last >= 0 && min[last] > hi) last--;
  range[0] = first;
  range[1] = last;
}

function guess(x: number, half: number, grid: number): number {
  const k = Math.floor(((x + half) / (2 * half)) * grid);
  // Also NaN, from a flat extent (half 0): the search above moves from there.
  return k >= 0 ? (k < grid ? k : grid - 1) : 0;
}

/**
 * Every crossing of the surface with the lines parallel to `axis` through (lineU[k], lineV[k])
 * (the two other axes in cyclic order), into `hits`. Each triangle is tested against the lines
 * of the columns and rows its projected box reaches, and only those inside that box: a
 * triangle whose box does not hold the line's foot can never pass the test, even in floating
 * point (if u is below every vertex's u, pu, qu and ru are > 0 and monotonic rounding would
 * need pv/pu < qv/qu < rv/ru < pv/pu; likewise for each side and for < 0), so the crossings
 * are those of all triangles.
 *
 * The surface's own coordinates (u', v') relate to the common cell coordinates by
 * u' = signU * u, v' = signV * v, or crossed (u' from v, v' from u) when `swapped`.
 * A triangle the line meets exactly on an edge or vertex counts as missed.
 */
function shootLines(mesh: TriMesh, axis: number, lineU: Float64Array, lineV: Float64Array, cells: LineCells, signU: number, signV: number, swapped: boolean, hits: LineHits): void {
  const b = (axis + 1) % 3, c = (axis + 2) % 3;
  const p = mesh.positions, idx = mesh.indices;
  const { grid, halfU, halfV, uMin, uMax, vMin, vMax } = cells;
  const columns = new Int32Array(2), rows = new Int32Array(2);
  for (let t = 0; t < idx.length; t += 3) {
    const P = 3 * idx[t], Q = 3 * idx[t + 1], R = 3 * idx[t + 2];
    const Pu = p[P + b], Pv = p[P + c], Qu = p[Q + b], Qv = p[Q + c], Ru = p[R + b], Rv = p[R + c];
    const minU = Pu < Qu ? (Pu < Ru ? Pu : Ru) : Qu < Ru ? Qu : Ru, maxU = Pu > Qu ? (Pu > Ru ? Pu : Ru) : Qu > Ru ? Qu : Ru;
    const minV = Pv < Qv ? (Pv < Rv ? Pv : Rv) : Qv < Rv ? Qv : Rv, maxV = Pv > Qv ? (Pv > Rv ? Pv : Rv) : Qv > Rv ? Qv : Rv;
    // The box in common coordinates: a sign flips the interval, a swap exchanges the two.
    const su0 = signU > 0 ? minU : -maxU, su1 = signU > 0 ? maxU : -minU;
    const sv0 = signV > 0 ? minV : -maxV, sv1 = signV > 0 ? maxV : -minV;
    const cu0 = swapped ? sv0 : su0, cu1 = swapped ? sv1 : su1;
    const cv0 = swapped ? su0 : sv0, cv1 = swapped ? su1 : sv1;
    cellRange(cu0, cu1, halfU, uMin, uMax, columns);
    cellRange(cv0, cv1, halfV, vMin, vMax, rows);
    const i1 = columns[1], j0 = rows[0], j1 = rows[1];
    for (let i = columns[0]; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const line = i * grid + j;
        const u = lineU[line], v = lineV[line];
        if (u < minU || u > maxU || v < minV || v > maxV) continue;
        const pu = Pu - u, pv = Pv - v;
        const qu = Qu - u, qv = Qv - v;
        const ru = Ru - u, rv = Rv - v;
        // Twice the signed areas the line's foot makes with each edge: the barycentric weights.
        const wr = pu * qv - pv * qu;
        const wp = qu * rv - qv * ru;
        const wq = ru * pv - rv * pu;
        const facing = wp > 0 && wq > 0 && wr > 0 ? 1 : wp < 0 && wq < 0 && wr < 0 ? -1 : 0;
        if (facing === 0) continue;
        const sum = wp + wq + wr;
        hits.push(line, (wp * p[P + axis] + wq * p[Q + axis] + wr * p[R + axis]) / sum, facing);
      }
    }
  }
}

/**
 * Lengths along one line inside both surfaces (into lengths[0]) and inside either (lengths[1]),
 * from each surface's crossings: the two sorted lists merged as one sort by (coordinate,
 * surface, facing) would order them.
 */
function overlapAlongLine(a: LineHits, b: LineHits, line: number, lengths: Float64Array): void {
  let i = a.lineStart[line], j = b.lineStart[line];
  const iEnd = a.lineStart[line + 1], jEnd = b.lineStart[line + 1];
  a.sortLine(line);
  b.sortLine(line);
  const atA = a.sortedAt, atB = b.sortedAt;
  // Travelling along the line, a surface facing -x is entered and one facing +x is left.
  let windingA = 0, windingB = 0;
  let both = 0, either = 0, previous = 0;
  while (i < iEnd || j < jEnd) {
    // On equal coordinates the first surface's crossing comes first.
    const fromA = j >= jEnd || (i < iEnd && atA[i] <= atB[j]);
    const at = fromA ? atA[i] : atB[j];
    const inA = windingA > 0, inB = windingB > 0;
    if (inA && inB) both += at - previous;
    if (inA || inB) either += at - previous;
    if (fromA) windingA -= a.sortedFacing[i++];
    else windingB -= b.sortedFacing[j++];
    previous = at;
  }
  lengths[0] = both;
  lengths[1] = either;
}
