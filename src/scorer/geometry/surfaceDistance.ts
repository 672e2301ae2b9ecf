import type { TriMesh } from "./triMesh";

const LEAF_SIZE = 8;
// Deeper than any tree: the median split halves the triangles at each level, and a traversal
// holds at most one pending sibling per level.
const STACK_SIZE = 128;

/**
 * Nearest distance from points to a triangle surface, through a bounding-volume tree built once
 * per mesh. Point-to-surface rather than point-to-point: two samplings of the same surface are
 * at distance zero, so the measure has no sampling noise floor.
 */
export class SurfaceDistance {
  private readonly tri: Float64Array; // 9 coordinates per triangle, in tree order
  private readonly nodeBox: Float64Array; // 6 per node
  private readonly nodeStart: Uint32Array;
  private readonly nodeCount: Uint32Array;
  private readonly nodeLeft: Int32Array; // -1 for leaves
  private readonly nodeRight: Int32Array;
  private nodes = 0;
  // One traversal at a time (JavaScript is single-threaded): the stacks are reused by every query.
  private readonly stack = new Int32Array(STACK_SIZE);
  private readonly stackDistance = new Float64Array(STACK_SIZE);

  constructor(mesh: TriMesh) {
    const n = mesh.indices.length / 3;
    const order = new Uint32Array(n);
    const centroid = new Float64Array(n * 3);
    // Each triangle's box, so a node's box is the union of its triangles' without reading vertices again.
    const triBox = new Float64Array(n * 6);
    const p = mesh.positions, idx = mesh.indices;
    for (let t = 0; t < n; t++) {
      order[t] = t;
      const a = 3 * idx[3 * t], b = 3 * idx[3 * t + 1], c = 3 * idx[3 * t + 2];
      for (let k = 0; k < 3; k++) {
        const x = p[a + k], y = p[b + k], z = p[c + k];
        centroid[3 * t + k] = (x + y + z) / 3;
        // The first of equal values wins, as in a scan of the vertices in order.
        let lo = x, hi = x;
        if (y < lo) lo = y;
        if (y > hi) hi = y;
        if (z < lo) lo = z;
        if (z > hi) hi = z;
        triBox[6 * t + k] = lo;
        triBox[6 * t + 3 + k] = hi;
      }
    }
    const maxNodes = Math.max(1, 2 * Math.ceil(n / LEAF_SIZE) * 2);
    this.nodeBox = new Float64Array(maxNodes * 6);
    this.nodeStart = new Uint32Array(maxNodes);
    this.nodeCount = new Uint32Array(maxNodes);
    this.nodeLeft = new Int32Array(maxNodes).fill(-1);
    this.nodeRight = new Int32Array(maxNodes).fill(-1);
    this.build(triBox, order, centroid, 0, n);
    this.tri = new Float64Array(n * 9);
    for (let i = 0; i < n; i++) {
      const t = order[i];
      for (let v = 0; v < 3; v++) {
        const base = 3 * idx[3 * t + v];
        for (let k = 0; k < 3; k++) this.tri[9 * i + 3 * v + k] = p[base + k];
      }
    }
  }

  private build(triBox: Float64Array, order: Uint32Array, centroid: Float64Array, start: number, end: number): number {
    const node = this.nodes++;
    let x0 = Infinity, y0 = Infinity, z0 = Infinity, x1 = -Infinity, y1 = -Infinity, z1 = -Infinity;
    for (let i = start; i < end; i++) {
      const o = 6 * order[i];
      if (triBox[o] < x0) x0 = triBox[o];
      if (triBox[o + 1] < y0) y0 = triBox[o + 1];
      if (triBox[o + 2] < z0) z0 = triBox[o + 2];
      if (triBox[o + 3] > x1) x1 = triBox[o + 3];
      if (triBox[o + 4] > y1) y1 = triBox[o + 4];
      if (triBox[o + 5] > z1) z1 = triBox[o + 5];
    }
    const box = this.nodeBox, o = node * 6;
    box[o] = x0;
    box[o + 1] = y0;
    box[o + 2] = z0;
    box[o + 3] = x1;
    box[o + 4] = y1;
    box[o + 5] = z1;
    this.nodeStart[node] = start;
    this.nodeCount[node] = end - start;
    if (end - start <= LEAF_SIZE) return node;
    let axis = 0;
    for (let k = 1; k < 3; k++) if (box[o + 3 + k] - box[o + k] > box[o + 3 + axis] - box[o + axis]) axis = k;
    const mid = (start + end) >> 1;
    selectNth(order, centroid, axis, start, end, mid);
    this.nodeLeft[node] = this.build(triBox, order, centroid, start, mid);
    this.nodeRight[node] = this.build(triBox, order, centroid, mid, end);
    return node;
  }

  /** Distance from (x, y, z) to the nearest point of the surface. */
  distance(x: number, y: number, z: number): number {
    if (this.nodes === 0 || this.nodeCount[0] === 0) return Infinity;
    const box = this.nodeBox, stack = this.stack, stackDistance = this.stackDistance;
    const nodeLeft = this.nodeLeft, nodeRight = this.nodeRight, nodeStart = this.nodeStart, nodeCount = this.nodeCount, tri = this.tri;
    let best = Infinity;
    stack[0] = 0;
    stackDistance[0] = boxDistanceSq(box, 0, x, y, z);
    let top = 1;
    while (top > 0) {
      top--;
      const node = stack[top];
      if (stackDistance[top] >= best) continue;
      const left = nodeLeft[node];
      if (left < 0) {
        const start = nodeStart[node], end = start + nodeCount[node];
        for (let i = start; i < end; i++) {
          const d = pointTriangleDistanceSq(tri, 9 * i, x, y, z);
          if (d < best) best = d;
        }
        continue;
      }
      const right = nodeRight[node];
      const dl = boxDistanceSq(box, left * 6, x, y, z), dr = boxDistanceSq(box, right * 6, x, y, z);
      // Visit the nearer child first: it tightens `best` and prunes more of the other. A child
      // already as far as `best` would be skipped when popped (`best` only shrinks): not pushed.
      if (dl < dr) {
        if (dr < best) {
          stack[top] = right;
          stackDistance[top++] = dr;
        }
        if (dl < best) {
          stack[top] = left;
          stackDistance[top++] = dl;
        }
      } else {
        if (dl < best) {
          stack[top] = left;
          stackDistance[top++] = dl;
        }
        if (dr < best) {
          stack[top] = right;
          stackDistance[top++] = dr;
        }
      }
    }
    return Math.sqrt(best);
  }

}

/**
 * Reorders order[start, end) so that position `nth` holds the triangle that a full sort by
 * centroid (ties by index) would put there, with smaller ones before it and larger after: the
 * split a sort gives, in linear rather than n log n time.
 */
function selectNth(order: Uint32Array, centroid: Float64Array, axis: number, start: number, end: number, nth: number): void {
  // Hoare partitioning around the middle element, `less` (key, then index) written out inline.
  let lo = start, hi = end - 1;
  while (lo < hi) {
    const pivot = order[(lo + hi) >> 1];
    const kp = centroid[3 * pivot + axis];
    let i = lo, j = hi;
    while (i <= j) {
      for (;;) {
        const a = order[i], ka = centroid[3 * a + axis];
        if (!(ka < kp || (ka === kp && a < pivot))) break;
        i++;
      }
      for (;;) {
        const b = order[j], kb = centroid[3 * b + axis];
        if (!(kp < kb || (kp === kb && pivot < b))) break;
        j--;
      }
      if (i <= j) {
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return;
  }
}

function boxDistanceSq(box: Float64Array, o: number, x: number, y: number, z: number): number {
  const dx = x < box[o] ? box[o] - x : x > box[o + 3] ? x - box[o + 3] : 0;
  const dy = y < box[o + 1] ? box[o + 1] - y : y > box[o + 4] ? y - box[o + 4] : 0;
  const dz = z < box[o + 2] ? box[o + 2] - z : z > box[o + 5] ? z - box[o + 5] : 0;
  return dx * dx + dy * dy + dz * dz;
}

/** Squared distance from a point to a triangle (Ericson's closest-point regions). */
function pointTriangleDistanceSq(t: Float64Array, o: number, px: number, py: number, pz: number): number {
  const ax = t[o], ay = t[o + 1], az = t[o + 2];
  const abx = t[o + 3] - ax, aby = t[o + 4] - ay, abz = t[o + 5] - az;
  const acx = t[o + 6] - ax, acy = t[o + 7] - ay, acz = t[o + 8] - az;
  const apx = px - ax, apy = py - ay, apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let qx: number, qy: number, qz: number;
  if (d1 <= 0 && d2 <= 0) {
    qx = ax; qy = ay; qz = az;
  } else {
    const bpx = px - t[o + 3], bpy = py - t[o + 4], bpz = pz - t[o + 5];
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - t[o + 6], cpy = py - t[o + 7], cpz = pz - t[o + 8];
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      qx = t[o + 3]; qy = t[o + 4]; qz = t[o + 5];
    } else if (d6 >= 0 && d5 <= d6) {
      qx = t[o + 6]; qy = t[o + 7]; qz = t[o + 8];
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const v = d1 / (d1 - d3);
      qx = ax + v * abx; qy = ay + v * aby; qz = az + v * abz;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const w = d2 / (d2 - d6);
      qx = ax + w * acx; qy = ay + w * acy; qz = az + w * acz;
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      qx = t[o + 3] + w * (t[o + 6] - t[o + 3]); qy = t[o + 4] + w * (t[o + 7] - t[o + 4]); qz = t[o + 5] + w * (t[o + 8] - t[o + 5]);
    } else {
      const denom = 1 / (va + vb + vc);
      const v = vb * denom, w = vc * denom;
      qx = ax + abx * v + acx * w; qy = ay + aby * v + acy * w; qz = az + abz * v + acz * w;
    }
  }
  const dx = px - qx, dy = py - qy, dz = pz - qz;
  return dx * dx + dy * dy + dz * dz;
}
