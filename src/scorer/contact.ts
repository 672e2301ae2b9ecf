import type { ModelGeometry } from "./geometry/modelGeometry";
import type { Manifold } from "./geometry/manifold";
import type { SurfaceDistance } from "./geometry/surfaceDistance";
import type { DimensionScore } from "./dimension";
import type { Target } from "./types";
import { list } from "./topology";
import { round } from "./round";
import { boxMm, target } from "./targets";

interface Body {
  part: string;
  manifold: Manifold;
  volume: number;
  min: number[];
  max: number[];
  /** The part's tessellation when the body is the whole part (one solid): its triangles and surface. */
  mesh: { positions: Float64Array; indices: Uint32Array; surface: () => SurfaceDistance } | null;
}

export interface ContactResult extends DimensionScore {
  /** For each part, the names of the parts it touches. */
  touches: Map<string, string[]>;
}

/** Parts sharing more than this share of the smaller one's volume are noted as running into each other. */
export const NOTED_OVERLAP = 0.01;

/**
 * Up to this share of the smaller part, shared material is a modelled joint (a tenon sunk into a
 * leg, a weld bead) and costs nothing; beyond it, each pair's excess costs twice its share.
 */
export const FIT_TOLERANCE = 0.05;

/**
 * Contact on true surface distance (manifold-3d `minGap` between closed solids), not bounding
 * boxes. Every solid of every part is a body; bodies within the model's contact tolerance are
 * joined; the main body is the joined group with the most parts (then the most volume). The
 * connection is the mean of its share of the material and its share of the parts, so four light
 * crossbars floating cost as much as their number says. Parts that run into each other lose the
 * share of the smaller one that is inside the other (exact booleans on the touching pairs).
 */
export function scoreContact(model: ModelGeometry): ContactResult {
  const tolerance = model.contactTolerance;
  // manifold-3d holds the tessellation in single precision: a proof beyond the first one below
  // keeps this far from the tolerance, so that it never claims a pair minGap would not.
  const slack = 1e-6 * (model.diagonal + Math.max(...model.bounds.min.map(Math.abs), ...model.bounds.max.map(Math.abs)));
  const bodies: Body[] = [];
  for (const part of model.parts) {
    const pieces = part.pieces();
    const mesh = pieces.length === 1 ? { positions: part.mesh.positions, indices: part.mesh.indices, surface: () => part.surface() } : null;
    for (const piece of pieces) {
      const box = piece.boundingBox();
      bodies.push({ part: part.name, manifold: piece, volume: piece.volume(), min: [...box.min], max: [...box.max], mesh });
    }
  }
  const touches = new Map<string, Set<string>>(model.parts.map((p) => [p.name, new Set<string>()]));
  const partVolume = new Map(model.parts.map((p) => [p.name, p.volume]));
  const shared: { a: string; b: string; volume: number; smaller: number; box: Bounds }[] = [];
  const parent = bodies.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      if (boxGap(bodies[i], bodies[j]) > tolerance) continue;
      if (!provedTouching(bodies[i], bodies[j], tolerance, slack) && bodies[i].manifold.minGap(bodies[j].manifold, tolerance) >= tolerance) continue;
      parent[find(i)] = find(j);
      if (bodies[i].part !== bodies[j].part) {
        const inside = sharedVolume(bodies[i], bodies[j], tolerance);
        if (inside) shared.push({ a: bodies[i].part, b: bodies[j].part, volume: inside.volume, box: inside.box, smaller: Math.min(partVolume.get(bodies[i].part)!, partVolume.get(bodies[j].part)!) });
        touches.get(bodies[i].part)!.add(bodies[j].part);
        touches.get(bodies[j].part)!.add(bodies[i].part);
      }
    }
  }

  const groups = new Map<number, number[]>();
  bodies.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const volumeOf = (g: number[]) => g.reduce((s, i) => s + bodies[i].volume, 0);
  const partsIn = (g: number[]) => new Set(g.map((i) => bodies[i].part)).size;
  // The main body is the group that joins the most parts, then the heavier one: when a big
  // wheel comes off its axle, it is the wheel that floats, not the fork, stem and plate.
  const ordered = [...groups.values()].sort((a, b) => partsIn(b) - partsIn(a) || volumeOf(b) - volumeOf(a) || a[0] - b[0]);
  const total = bodies.reduce((s, b) => s + b.volume, 0);
  const main = ordered[0] ?? [];
  const connectedShare = total > 0 ? volumeOf(main) / total : 0;
  const partShare = model.parts.length > 0 ? partsIn(main) / model.parts.length : 0;

  const notes: string[] = [];
  const noteTargets: Target[] = [];
  const floating: { parts: string[]; gap_mm: number; nearest: string; volume_share: number }[] = [];
  for (const group of ordered.slice(1)) {
    const { gap, nearest } = nearestOutside(group, bodies, model.diagonal);
    const parts = [...new Set(group.map((i) => bodies[i].part))];
    const share = volumeOf(group) / total;
    floating.push({ parts, gap_mm: round(gap, 2), nearest, volume_share: round(share, 4) });
    const sameName = parts.length === 1 && nearest === parts[0];
    notes.push(
      `${sameName ? `a piece of ${parts[0]}` : list(parts)} float${parts.length > 1 || sameName ? "" : "s"} ${gap.toFixed(1)} mm from the nearest part (${nearest}): move ${parts.length > 1 ? "them" : "it"} to touch`,
    );
    const box = groupBounds(group.map((i) => bodies[i]));
    noteTargets.push(target({ parts: nearest && !parts.includes(nearest) ? [...parts, nearest] : parts, floating: [{ parts, bbox: boxMm(box.min, box.max) }] }));
  }
  const noted = shared
    .map((o) => ({ parts: [o.a, o.b], volume_mm3: round(o.volume, 1), share_of_smaller: round(o.smaller > 0 ? o.volume / o.smaller : 1, 4), box: o.box }))
    .filter((o) => o.share_of_smaller > NOTED_OVERLAP)
    .sort((x, y) => y.share_of_smaller - x.share_of_smaller);
  const overlaps = noted.map(({ box: _, ...o }) => o);
  for (const o of noted) {
    notes.push(`${o.parts[0]} and ${o.parts[1]} run into each other: ${o.volume_mm3.toFixed(0)} mm3 in common, ${(o.share_of_smaller * 100).toFixed(0)} % of the smaller: make them meet at a surface (or cut a hole for the one that passes through)`);
    noteTargets.push(target({ parts: o.parts, overlaps: [{ parts: [o.parts[0], o.parts[1]], bbox: boxMm(o.box.min, o.box.max), volume_mm3: o.volume_mm3 }] }));
  }
  const interpenetration = Math.min(1, 2 * overlaps.reduce((s, o) => s + Math.max(0, o.share_of_smaller - FIT_TOLERANCE), 0));
  const unmeasured = model.parts.filter((p) => !p.manifold).map((p) => p.name);
  if (unmeasured.length) {
    notes.push(`contact of ${list(unmeasured)} could not be measured: not a closed solid`);
    noteTargets.push(target({ parts: unmeasured }));
  }
  const closedVolume = model.parts.filter((p) => p.manifold).reduce((s, p) => s + p.volume, 0);
  const closedShare = model.volume > 0 ? closedVolume / model.volume : 0;
  return {
    // Cubed: a part left floating is a broken object, not a slightly untidy one.
    score: Math.pow((connectedShare + partShare) / 2, 3) * Math.min(1, closedShare) * (1 - interpenetration),
    notes,
    noteTargets,
    touches: new Map([...touches].map(([k, v]) => [k, [...v].sort()])),
    metrics: {
      tolerance_mm: round(tolerance, 4),
      bodies: bodies.length,
      groups: ordered.length,
      connected_volume_share: round(connectedShare, 4),
      connected_part_share: round(partShare, 4),
      overlaps,
      interpenetration: round(interpenetration, 4),
      floating,
      unmeasured_parts: unmeasured,
    },
  };
}

const VERTEX_TRIES = 256;
const INSIDE_TRIES = 4;

/**
 * Cheap proofs that two bodies touch, so that the exact `minGap` (a boolean intersection, then
 * a triangle search) runs only for pairs none of them settles. Each proof implies what minGap
 * would find: a point of one body's surface within `tolerance` of the other's surface bounds
 * their gap below it, and a vertex inside the other body means they overlap (minGap returns 0).
 *
 * The vertex-distance test from the body with fewer vertices came first and keeps its exact
 * tolerance. The later proofs (vertices of the other body: an axle's end vertices lie outside the
 * wheel, but the bore's lie on the axle; vertices inside: a leg sunk into a seat has none near
 * the seat's surface; points along edges: beams crossing each other) keep `slack` below the
 * tolerance, so that they claim no pair minGap would not.
 */
function provedTouching(a: Body, b: Body, tolerance: number, slack: number): boolean {
  if (!a.mesh || !b.mesh) return false;
  const [from, to] = a.mesh.positions.length <= b.mesh.positions.length ? [a, b] : [b, a];
  return (
    vertexWithin(from, to, tolerance) ||
    vertexWithin(to, from, tolerance - slack) ||
    edgeWithin(from, to, tolerance - slack) ||
    edgeWithin(to, from, tolerance - slack)
  );
}

/**
 * Whether a vertex of `from` is within `tolerance` of the surface of `to`, or (up to
 * INSIDE_TRIES of them) inside it. Only vertices inside `to`'s box widened by the tolerance
 * are tried, and at most VERTEX_TRIES of them: past that, the exact distance is cheaper than
 * more tries.
 */
function vertexWithin(from: Body, to: Body, tolerance: number): boolean {
  const p = from.mesh!.positions;
  let surface: SurfaceDistance | null = null;
  let tries = 0;
  let insideTries = INSIDE_TRIES;
  for (let i = 0; i < p.length && tries < VERTEX_TRIES; i += 3) {
    if (p[i] < to.min[0] - tolerance || p[i] > to.max[0] + tolerance) continue;
    if (p[i + 1] < to.min[1] - tolerance || p[i + 1] > to.max[1] + tolerance) continue;
    if (p[i + 2] < to.min[2] - tolerance || p[i + 2] > to.max[2] + tolerance) continue;
    surface ??= to.mesh!.surface();
    tries++;
    if (surface.distance(p[i], p[i + 1], p[i + 2]) < tolerance) return true;
    // At least `tolerance` from the surface and inside: a ball that wide around the vertex is
    // material of `to`, and `from` has volume there.
    if (insideTries > 0) {
      insideTries--;
      if (insideMesh(to.mesh!, p[i], p[i + 1], p[i + 2], to)) return true;
    }
  }
  return false;
}

const EDGE_SAMPLES = 256;

/**
 * Whether a point on an edge of `from` is within `tolerance` of the surface of `to`. Where two
 * surfaces cross, an edge of one of them passes through the other (each segment of a
 * triangle-triangle intersection ends on an edge), so beams crossing without a vertex inside
 * one another are found here: the edges are sampled half a tolerance apart over the part of
 * them inside `to`'s widened box, which puts a sample within a quarter tolerance of any
 * crossing. At most EDGE_SAMPLES points are tried.
 */
function edgeWithin(from: Body, to: Body, tolerance: number): boolean {
  const p = from.mesh!.positions, idx = from.mesh!.indices;
  const lo = to.min.map((v) => v - tolerance), hi = to.max.map((v) => v + tolerance);
  const step = tolerance / 2;
  let surface: SurfaceDistance | null = null;
  let samples = 0;
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t], j = idx[t % 3 === 2 ? t - 2 : t + 1];
    // Each edge of a closed surface is in two triangles, once in each direction.
    if (i > j) continue;
    const a = 3 * i, b = 3 * j;
    let t0 = 0, t1 = 1;
    for (let k = 0; k < 3 && t0 <= t1; k++) {
      const d = p[b + k] - p[a + k];
      if (Math.abs(d) < 1e-300) {
        if (p[a + k] < lo[k] || p[a + k] > hi[k]) t1 = -1;
        continue;
      }
      const s0 = (lo[k] - p[a + k]) / d, s1 = (hi[k] - p[a + k]) / d;
      t0 = Math.max(t0, Math.min(s0, s1));
      t1 = Math.min(t1, Math.max(s0, s1));
    }
    if (t0 > t1) continue;
    const length = Math.hypot(p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]) * (t1 - t0);
    const count = Math.ceil(length / step);
    surface ??= to.mesh!.surface();
    for (let s = 0; s <= count; s++) {
      if (++samples > EDGE_SAMPLES) return false;
      const f = count === 0 ? t0 : t0 + ((t1 - t0) * s) / count;
      if (surface.distance(p[a] + f * (p[b] - p[a]), p[a + 1] + f * (p[b + 1] - p[a + 1]), p[a + 2] + f * (p[b + 2] - p[a + 2])) < tolerance) return true;
    }
  }
  return false;
}

/**
 * Whether the point is inside the closed, outward-facing mesh: a ray from it along an axis
 * leaves through one more triangle facing along it than against it. A ray passing within a
 * hair of an edge or vertex could be miscounted, so that axis is given up for the next; false
 * when all three are.
 */
function insideMesh(mesh: { positions: Float64Array; indices: Uint32Array }, x: number, y: number, z: number, box: { min: number[]; max: number[] }): boolean {
  const point = [x, y, z];
  const hair = 1e-9 * Math.hypot(box.max[0] - box.min[0], box.max[1] - box.min[1], box.max[2] - box.min[2]);
  for (let axis = 2; axis >= 0; axis--) {
    const winding = windingAlong(mesh, point, axis, hair);
    if (winding !== null) return winding === 1;
  }
  return false;
}

/** Triangles facing along +axis minus those facing against it, crossed beyond the point; null when a crossing is too close to an edge to tell. */
function windingAlong(mesh: { positions: Float64Array; indices: Uint32Array }, point: number[], axis: number, hair: number): number | null {
  const u = (axis + 1) % 3, v = (axis + 2) % 3;
  const pu = point[u], pv = point[v], pw = point[axis];
  const p = mesh.positions, idx = mesh.indices;
  let winding = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = 3 * idx[t], b = 3 * idx[t + 1], c = 3 * idx[t + 2];
    const au = p[a + u] - pu, bu = p[b + u] - pu, cu = p[c + u] - pu;
    if ((au > hair && bu > hair && cu > hair) || (au < -hair && bu < -hair && cu < -hair)) continue;
    const av = p[a + v] - pv, bv = p[b + v] - pv, cv = p[c + v] - pv;
    if ((av > hair && bv > hair && cv > hair) || (av < -hair && bv < -hair && cv < -hair)) continue;
    // Twice the signed areas the ray's foot makes with each edge, and each edge's length: the
    // foot's distance from an edge's line is their ratio.
    const wa = bu * cv - bv * cu, wb = cu * av - cv * au, wc = au * bv - av * bu;
    if (Math.abs(wa) <= hair * Math.hypot(cu - bu, cv - bv)) return null;
    if (Math.abs(wb) <= hair * Math.hypot(au - cu, av - cv)) return null;
    if (Math.abs(wc) <= hair * Math.hypot(bu - au, bv - av)) return null;
    const facing = wa > 0 && wb > 0 && wc > 0 ? 1 : wa < 0 && wb < 0 && wc < 0 ? -1 : 0;
    if (facing === 0) continue;
    const at = (wa * p[a + axis] + wb * p[b + axis] + wc * p[c + axis]) / (wa + wb + wc);
    if (Math.abs(at - pw) <= hair) return null;
    if (at > pw) winding += facing;
  }
  return winding;
}

type Bounds = { min: ArrayLike<number>; max: ArrayLike<number> };

/**
 * The volume two touching bodies have in common and the box it lies in: none without a boolean
 * when their boxes share no more than a contact tolerance along some axis (faces that meet),
 * else an exact intersection.
 */
function sharedVolume(a: Body, b: Body, tolerance: number): { volume: number; box: Bounds } | null {
  for (let k = 0; k < 3; k++) if (Math.min(a.max[k], b.max[k]) - Math.max(a.min[k], b.min[k]) <= tolerance) return null;
  const common = a.manifold.intersect(b.manifold);
  try {
    const volume = common.volume();
    return volume > 0 ? { volume, box: common.boundingBox() } : null;
  } finally {
    common.delete();
  }
}

function groupBounds(group: Body[]): Bounds {
  return {
    min: [0, 1, 2].map((k) => Math.min(...group.map((b) => b.min[k]))),
    max: [0, 1, 2].map((k) => Math.max(...group.map((b) => b.max[k]))),
  };
}

function boxGap(a: { min: number[]; max: number[] }, b: { min: number[]; max: number[] }): number {
  let sq = 0;
  for (let k = 0; k < 3; k++) {
    const d = Math.max(a.min[k] - b.max[k], b.min[k] - a.max[k], 0);
    sq += d * d;
  }
  return Math.sqrt(sq);
}

function nearestOutside(group: number[], bodies: Body[], searchLength: number): { gap: number; nearest: string } {
  const inside = new Set(group);
  let best = { gap: Infinity, nearest: "" };
  const candidates = bodies
    .map((b, j) => ({ j, lower: Math.min(...group.map((i) => boxGap(bodies[i], b))) }))
    .filter((c) => !inside.has(c.j))
    .sort((a, b) => a.lower - b.lower || a.j - b.j);
  for (const { j, lower } of candidates) {
    if (lower >= best.gap) break;
    for (const i of group) {
      const gap = bodies[i].manifold.minGap(bodies[j].manifold, Math.max(searchLength, 1));
      if (gap < best.gap) best = { gap, nearest: bodies[j].part };
    }
  }
  return best;
}
