import type { ModelGeometry } from "./geometry/modelGeometry";
import type { Manifold } from "./geometry/manifold";
import type { SurfaceDistance } from "./geometry/surfaceDistance";
import type { DimensionScore } from "./dimension";
import { list, round } from "./topology";

interface Body {
  part: string;
  manifold: Manifold;
  volume: number;
  min: number[];
  max: number[];
  /** The part's tessellation when the body is the whole part (one solid): its vertices and surface. */
  mesh: { positions: Float64Array; surface: () => SurfaceDistance } | null;
}

export interface ContactResult extends DimensionScore {
  /** For each part, the names of the parts it touches. */
  touches: Map<string, string[]>;
}

/**
 * Contact on true surface distance (manifold-3d `minGap` between closed solids), not bounding
 * boxes. Every solid of every part is a body; bodies within the model's contact tolerance are
 * joined; the main body is the joined group with the most parts (then the most volume), and the
 * score is its share of the material.
 */
export function scoreContact(model: ModelGeometry): ContactResult {
  const tolerance = model.contactTolerance;
  const bodies: Body[] = [];
  for (const part of model.parts) {
    const pieces = part.pieces();
    const mesh = pieces.length === 1 ? { positions: part.mesh.positions, surface: () => part.surface() } : null;
    for (const piece of pieces) {
      const box = piece.boundingBox();
      bodies.push({ part: part.name, manifold: piece, volume: piece.volume(), min: [...box.min], max: [...box.max], mesh });
    }
  }
  const touches = new Map<string, Set<string>>(model.parts.map((p) => [p.name, new Set<string>()]));
  const parent = bodies.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      if (boxGap(bodies[i], bodies[j]) > tolerance) continue;
      if (!vertexWithin(bodies[i], bodies[j], tolerance) && bodies[i].manifold.minGap(bodies[j].manifold, tolerance) >= tolerance) continue;
      parent[find(i)] = find(j);
      if (bodies[i].part !== bodies[j].part) {
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

  const notes: string[] = [];
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
  }
  const unmeasured = model.parts.filter((p) => !p.manifold).map((p) => p.name);
  if (unmeasured.length) notes.push(`contact of ${list(unmeasured)} could not be measured: not a closed solid`);
  const closedVolume = model.parts.filter((p) => p.manifold).reduce((s, p) => s + p.volume, 0);
  const closedShare = model.volume > 0 ? closedVolume / model.volume : 0;
  return {
    score: connectedShare * Math.min(1, closedShare),
    notes,
    touches: new Map([...touches].map(([k, v]) => [k, [...v].sort()])),
    metrics: {
      tolerance_mm: round(tolerance, 4),
      bodies: bodies.length,
      groups: ordered.length,
      connected_volume_share: round(connectedShare, 4),
      floating,
      unmeasured_parts: unmeasured,
    },
  };
}

const VERTEX_TRIES = 256;

/**
 * A cheap proof that two bodies touch: a vertex of one within `tolerance` of the other's
 * surface bounds their true gap below it, so the exact `minGap` is needed only when no vertex
 * proves it (apart, or touching between vertices). Only vertices inside the other's box
 * widened by the tolerance are tried, and at most VERTEX_TRIES of them: past that, the exact
 * distance is cheaper than more tries.
 */
function vertexWithin(a: Body, b: Body, tolerance: number): boolean {
  if (!a.mesh || !b.mesh) return false;
  const [from, to] = a.mesh.positions.length <= b.mesh.positions.length ? [a, b] : [b, a];
  const p = from.mesh!.positions;
  let surface: SurfaceDistance | null = null;
  let tries = 0;
  for (let i = 0; i < p.length && tries < VERTEX_TRIES; i += 3) {
    if (p[i] < to.min[0] - tolerance || p[i] > to.max[0] + tolerance) continue;
    if (p[i + 1] < to.min[1] - tolerance || p[i + 1] > to.max[1] + tolerance) continue;
    if (p[i + 2] < to.min[2] - tolerance || p[i + 2] > to.max[2] + tolerance) continue;
    surface ??= to.mesh!.surface();
    tries++;
    if (surface.distance(p[i], p[i + 1], p[i + 2]) < tolerance) return true;
  }
  return false;
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
