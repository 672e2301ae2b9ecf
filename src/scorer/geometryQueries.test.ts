import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, meshModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { loadManifold } from "./geometry/manifold";
import { measureModel } from "./geometry/modelGeometry";
import { AXIS_ROTATIONS } from "./geometry/orientations";
import { sampledIoU } from "./geometry/sampledIoU";
import { seededRandom } from "./geometry/random";
import { SurfaceDistance } from "./geometry/surfaceDistance";
import { meshBounds, weldPartMesh, type TriMesh } from "./geometry/triMesh";
import { estimatedIoU, IOU_LINE_GRID, normalise, type NormalisedShape } from "./referenceSimilarity";

let kernel: Kernel;
let tasks: Task[];

beforeAll(async () => {
  kernel = await loadNodeKernel();
  await loadManifold();
  tasks = (await loadCatalogueFromDisk()).tasks;
});

// Curved and flat faces, many parts, vents and teeth: long thin triangles across the grid cells.
const SHAPES = ["axial_motor_stator_12_slot", "caster_wheel_fork", "laptop_riser_vented", "micro_drone_frame", "pipe_clamp_saddle"];

async function referenceMesh(id: string): Promise<TriMesh> {
  const task = tasks.find((t) => t.id === id)!;
  const outcome = await buildModel(kernel, task.reference);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  const geometry = measureModel(outcome.model, false);
  try {
    return geometry.mesh;
  } finally {
    geometry.dispose();
    outcome.model.dispose();
  }
}

/**
 * The sampled IoU by its definition, testing every triangle on every line: the same seeded
 * jittered lines, each surface's crossings as (coordinate, surface, facing) events in one sort.
 */
function bruteSampledIoU(candidate: TriMesh, reference: TriMesh, m: number[], half: number[], grid: number): number {
  const crossings = (mesh: TriMesh, axis: number, u: number, v: number, direction: number) => {
    const b = (axis + 1) % 3, c = (axis + 2) % 3;
    const p = mesh.positions, idx = mesh.indices;
    const out: { at: number; facing: number }[] = [];
    for (let t = 0; t < idx.length; t += 3) {
      const P = 3 * idx[t], Q = 3 * idx[t + 1], R = 3 * idx[t + 2];
      const pu = p[P + b] - u, pv = p[P + c] - v, qu = p[Q + b] - u, qv = p[Q + c] - v, ru = p[R + b] - u, rv = p[R + c] - v;
      const wr = pu * qv - pv * qu, wp = qu * rv - qv * ru, wq = ru * pv - rv * pu;
      const facing = wp > 0 && wq > 0 && wr > 0 ? 1 : wp < 0 && wq < 0 && wr < 0 ? -1 : 0;
      if (facing) out.push({ at: direction * ((wp * p[P + axis] + wq * p[Q + axis] + wr * p[R + axis]) / (wp + wq + wr)), facing: direction * facing });
    }
    return out;
  };
  const random = seededRandom(7919);
  let intersection = 0, union = 0;
  for (let a = 0; a < 3; a++) {
    const b = (a + 1) % 3, c = (a + 2) % 3;
    const axis = [0, 1, 2].find((k) => m[3 * a + k] !== 0)!;
    let both = 0, either = 0;
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const u = -half[b] + ((i + random()) / grid) * 2 * half[b];
        const v = -half[c] + ((j + random()) / grid) * 2 * half[c];
        const q = [0, 1, 2].map((k) => m[3 * b + k] * u + m[3 * c + k] * v);
        const events = [
          ...crossings(reference, a, u, v, 1).map((e) => ({ ...e, which: 0 })),
          ...crossings(candidate, axis, q[(axis + 1) % 3], q[(axis + 2) % 3], m[3 * a + axis]).map((e) => ({ ...e, which: 1 })),
        ].sort((p, r) => p.at - r.at || p.which - r.which || p.facing - r.facing);
        const winding = [0, 0];
        let previous = 0, lineBoth = 0, lineEither = 0;
        for (const e of events) {
          if (winding[0] > 0 && winding[1] > 0) lineBoth += e.at - previous;
          if (winding[0] > 0 || winding[1] > 0) lineEither += e.at - previous;
          winding[e.which] -= e.facing;
          previous = e.at;
        }
        both += lineBoth;
        either += lineEither;
      }
    }
    intersection += ((half[b] * half[c]) / (grid * grid)) * both;
    union += ((half[b] * half[c]) / (grid * grid)) * either;
  }
  return union > 0 ? intersection / union : 0;
}

/** Nearest point of a triangle by clamping to its plane and edges, written independently of the tree's. */
function bruteDistance(mesh: TriMesh, x: number, y: number, z: number): number {
  const p = mesh.positions, idx = mesh.indices;
  const sub = (a: number[], b: number[]) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const cross = (a: number[], b: number[]) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const segment = (q: number[], a: number[], b: number[]) => {
    const ab = sub(b, a);
    const t = Math.min(1, Math.max(0, dot(sub(q, a), ab) / Math.max(dot(ab, ab), 1e-300)));
    const d = sub(q, [a[0] + t * ab[0], a[1] + t * ab[1], a[2] + t * ab[2]]);
    return Math.sqrt(dot(d, d));
  };
  const q = [x, y, z];
  let best = Infinity;
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => [p[3 * idx[t + k]], p[3 * idx[t + k] + 1], p[3 * idx[t + k] + 2]]);
    const n = cross(sub(b, a), sub(c, a));
    const nn = dot(n, n);
    let d = Math.min(segment(q, a, b), segment(q, b, c), segment(q, c, a));
    if (nn > 0) {
      const h = dot(sub(q, a), n) / nn;
      const f = [q[0] - h * n[0], q[1] - h * n[1], q[2] - h * n[2]];
      // The foot is inside when it is on the inner side of all three edges.
      const inside = [[a, b], [b, c], [c, a]].every(([e0, e1]) => dot(cross(sub(e1, e0), sub(f, e0)), n) >= 0);
      if (inside) d = Math.min(d, Math.abs(h) * Math.sqrt(nn));
    }
    if (d < best) best = d;
  }
  return best;
}

async function normalised(source: string): Promise<NormalisedShape> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  const geometry = measureModel(outcome.model, false);
  try {
    return normalise(geometry, 16, false);
  } finally {
    geometry.dispose();
    outcome.model.dispose();
  }
}

describe("surface queries on reference meshes", () => {
  it("the sampled IoU, each triangle tested only on the lines of its cells, equals testing every triangle on every line", async () => {
    // Every orientation on a small model (swapped and reversed axes), a few on larger ones with curved faces.
    const cases: [string, number[]][] = [["cable_clip_snap", AXIS_ROTATIONS.map((_, k) => k)], ["axial_motor_stator_12_slot", [0, 5, 14]], ["caster_wheel_fork", [3, 21]]];
    for (const [id, orientations] of cases) {
      const task = tasks.find((t) => t.id === id)!;
      const reference = await normalised(task.reference);
      const seed = await normalised(task.seed);
      for (const k of orientations) {
        const m = AXIS_ROTATIONS[k];
        const half = [0, 1, 2].map((r) => Math.max(Math.abs(m[3 * r]) * seed.extents[0] + Math.abs(m[3 * r + 1]) * seed.extents[1] + Math.abs(m[3 * r + 2]) * seed.extents[2], reference.extents[r]) / 2);
        const iou = sampledIoU(seed.inside!, reference.inside!, m, half, 24);
        expect(iou, `${id} orientation ${k}`).toBe(bruteSampledIoU(seed.inside!, reference.inside!, m, half, 24));
        expect(estimatedIoU(seed, reference, m), `${id} orientation ${k}`).toBe(sampledIoU(seed.inside!, reference.inside!, m, half, IOU_LINE_GRID));
      }
      expect(sampledIoU(reference.inside!, reference.inside!, AXIS_ROTATIONS[0], reference.extents.map((e) => e / 2), 24), id).toBeGreaterThan(0.999);
    }
  });

  it("distances through the tree equal the nearest of all triangles, and repeat exactly", async () => {
    for (const id of SHAPES.slice(0, 3)) {
      const mesh = await referenceMesh(id);
      const surface = new SurfaceDistance(mesh);
      const { min, max } = meshBounds(mesh);
      const random = seededRandom(5);
      for (let q = 0; q < 150; q++) {
        const point = [0, 1, 2].map((k) => min[k] + (random() * 1.4 - 0.2) * (max[k] - min[k]));
        const d = surface.distance(point[0], point[1], point[2]);
        const expected = bruteDistance(mesh, point[0], point[1], point[2]);
        expect(Math.abs(d - expected), `${id} at ${point}: ${d} vs ${expected}`).toBeLessThan(1e-9 * (1 + expected));
        expect(surface.distance(point[0], point[1], point[2])).toBe(d);
      }
    }
  });
});

/** The weld's definition: vertices with the same grid-rounded coordinates are one, numbered by first appearance. */
function keyedWeld(v: Float32Array, t: Uint32Array, tolerance: number): { positions: number[]; indices: number[] } {
  const grid = Math.max(tolerance * 1e-3, 1e-7);
  const seen = new Map<string, number>();
  const positions: number[] = [];
  const remap = Array.from({ length: v.length / 3 }, (_, i) => {
    const key = [0, 1, 2].map((k) => String(Math.round(v[3 * i + k] / grid))).join(",");
    if (!seen.has(key)) {
      seen.set(key, positions.length / 3);
      positions.push(v[3 * i], v[3 * i + 1], v[3 * i + 2]);
    }
    return seen.get(key)!;
  });
  const indices: number[] = [];
  for (let i = 0; i < t.length; i += 3) {
    const [a, b, c] = [remap[t[i]], remap[t[i + 1]], remap[t[i + 2]]];
    if (a !== b && b !== c && a !== c) indices.push(a, b, c);
  }
  return { positions, indices };
}

describe("welding", () => {
  it("joins exactly the vertices with equal rounded coordinates, in order of first appearance, on real tessellations", async () => {
    for (const id of SHAPES) {
      const task = tasks.find((t) => t.id === id)!;
      const outcome = await buildModel(kernel, task.reference);
      if (!outcome.ok) throw new Error(outcome.error.failure.message);
      const display = meshModel(outcome.model);
      for (const part of display.parts) {
        const welded = weldPartMesh(part, display.quality.tolerance);
        const expected = keyedWeld(part.positions, part.indices, display.quality.tolerance);
        // OpenCascade repeats shared edge vertices per face: welding must really join some.
        expect(welded.positions.length, id).toBeLessThan(part.positions.length);
        expect(Array.from(welded.positions), id).toEqual(expected.positions);
        expect(Array.from(welded.indices), id).toEqual(expected.indices);
      }
      outcome.model.dispose();
    }
  });

  it("joins -0 with 0 and near neighbours, drops the triangles it collapses, and keeps a thousand distinct vertices apart", () => {
    // -0 and 0, values a hair apart, and a thousand distinct vertices on one line.
    const values: number[] = [0, 0, 0, -0, 0, -0, 1e-12, 0, 0, 5, 5, 5, 5 + 1e-6, 5, 5, 5, 5, 5.0001];
    for (let i = 0; i < 1000; i++) values.push(i * 0.37, -i * 0.37, 0);
    const v = Float32Array.from(values);
    const triangles: number[] = [0, 1, 2, 3, 4, 5];
    for (let i = 6; i + 2 < v.length / 3; i++) triangles.push(i - 6, i - 5, i);
    const t = Uint32Array.from(triangles);
    const welded = weldPartMesh({ positions: v, indices: t, faceGroups: Uint32Array.from([0, t.length, 0]) }, 0.01);
    const expected = keyedWeld(v, t, 0.01);
    expect(Array.from(welded.positions)).toEqual(expected.positions);
    expect(Array.from(welded.indices)).toEqual(expected.indices);
    expect(expected.positions.length / 3).toBe(1002);
  });
});
