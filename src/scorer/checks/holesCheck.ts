import { makeLine, measureDistanceBetween } from "replicad";
import { axisKey } from "../geometry/turnedFaces";
import type { ThroughHolesItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import type { Box3 } from "../geometry/triMesh";
import type { RegionPiece } from "../roles/regionPiece";
import { countCredit, type CheckResult } from "./checkResult";
import { describeCount } from "../../tasks/checklist";
import { round } from "../round";
import { roundedPoint } from "../targets";
import type { HoleTarget } from "../types";

export interface Hole {
  part: string;
  diameter: number;
  /** A cone facing the same axis line widens its mouth (a countersink). */
  countersunk: boolean;
  direction: [number, number, number];
  point: [number, number, number];
  /** Where its walls run along its axis, measured from `point`: [from, to]. */
  span: [number, number];
}

/** One part's hole walls about one axis line: the hole they make, and how far round they turn. */
interface WallGroup {
  key: string;
  hole: Hole;
  /** Angle the walls go round their axis, in radians. */
  turn: number;
}

/**
 * The concave cylindrical faces of one part, grouped by axis line (a counterbore and its bore are
 * one hole, of the smaller diameter).
 */
function wallGroups(part: PartGeometry, snap: number): WallGroup[] {
  const groups = new Map<string, WallGroup>();
  // A hole's wall faces its axis; a boss or a rounded edge faces away from it.
  const walls = part.turnedFaces().filter((f) => !f.convex);
  const sunk = new Set(walls.filter((f) => f.kind === "cone").map((f) => axisKey(f, snap)));
  for (const face of walls.filter((f) => f.kind === "cylinder")) {
    const key = axisKey(face, snap);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, turn: face.turn, hole: { part: part.name, diameter: 2 * face.radius, countersunk: sunk.has(key), direction: face.direction, point: face.foot, span: face.span } });
      continue;
    }
    group.turn += face.turn;
    const span: [number, number] = [Math.min(face.span[0], group.hole.span[0]), Math.max(face.span[1], group.hole.span[1])];
    group.hole = 2 * face.radius < group.hole.diameter ? { ...group.hole, diameter: 2 * face.radius, direction: face.direction, point: face.foot, span } : { ...group.hole, span };
  }
  return [...groups.values()];
}

/**
 * Through-holes of the parts, read from their B-reps, kept when the walls about an axis line
 * close their circle (over all the parts: a bearing bore split between a housing's two halves
 * is half in each) and, for a through-hole, when its axis stays clear of its part's material
 * from just before the walls begin to just after they end.
 */
export function throughHoles(parts: PartGeometry[], modelDiagonal: number, meshTolerance: number, through = true): Hole[] {
  const snap = modelDiagonal * 1e-4;
  const perPart = parts.map((part) => ({ part, groups: wallGroups(part, snap) }));
  const turned = new Map<string, number>();
  for (const { groups } of perPart) for (const g of groups) turned.set(g.key, (turned.get(g.key) ?? 0) + g.turn);
  // The rounded corners of a slot or a pocket (a quarter turn each, about four lines) and a
  // concave fillet are no holes.
  const closed = (g: WallGroup) => turned.get(g.key)! >= 1.6 * Math.PI;
  return perPart.flatMap(({ part, groups }) => {
    const holes = groups.filter(closed).map((g) => g.hole);
    return through ? holes.filter((hole) => isThrough(part, hole, meshTolerance)) : holes;
  });
}

/**
 * A hole is through when its axis is clear just past both ends of its walls: the rest of a fused
 * body, further along the same line, does not close it.
 */
function isThrough(part: PartGeometry, hole: Hole, meshTolerance: number): boolean {
  const margin = Math.max(hole.diameter / 4, 2 * meshTolerance);
  const [from, to] = hole.span;
  const [t0, t1] = [from - margin, to + margin];
  if (clearOnMesh(part, hole, meshTolerance, t0, t1)) return true;
  const at = (t: number) => [0, 1, 2].map((k) => hole.point[k] + t * hole.direction[k]) as [number, number, number];
  const line = makeLine(at(t0), at(t1));
  try {
    return measureDistanceBetween(part.part.shape, line) > hole.diameter * 1e-3;
  } catch {
    return false;
  } finally {
    line.delete();
  }
}

/**
 * True when the hole's axis, from `from` to `to` along it, certainly stays clear of the part,
 * decided on the tessellation so that the exact kernel distance is needed only near the margin.
 * Points are taken along the segment where it crosses the part's box, `step` apart; a ball around
 * each point, as wide as its distance to the surface less the tessellation's error, holds no
 * surface. When the balls overlap all along, the segment never meets the surface, and since it
 * passes through the hole (air, inside the wall that faces the axis), it never enters the
 * material. Only a hole wider than a few chord tolerances can pass this way.
 */
function clearOnMesh(part: PartGeometry, hole: Hole, meshTolerance: number, from: number, to: number): boolean {
  const step = hole.diameter / 2;
  const error = 2 * meshTolerance;
  const margin = step + error;
  const span = clipToBox(hole, part.bounds.min.map((v) => v - margin), part.bounds.max.map((v) => v + margin), from, to);
  if (!span) return true;
  const [t0, t1] = span;
  const surface = part.surface();
  const needed = step / 2 + error + hole.diameter * 1e-3;
  const count = Math.ceil((t1 - t0) / step);
  for (let i = 0; i <= count; i++) {
    const t = Math.min(t1, t0 + i * step);
    const d = surface.distance(hole.point[0] + t * hole.direction[0], hole.point[1] + t * hole.direction[1], hole.point[2] + t * hole.direction[2]);
    if (d <= needed) return false;
  }
  return true;
}

/** Whether the hole's walls reach into the box, `margin` wider all round: the hole is in that material, not just on a line through it. */
function wallsInBox(hole: Hole, box: Box3, margin: number): boolean {
  return clipToBox(hole, box.min.map((v) => v - margin), box.max.map((v) => v + margin), hole.span[0], hole.span[1]) !== null;
}

/** The part [t0, t1] of the hole's axis, from `from` to `to` along it, inside the box (slab by slab); null when none is. */
function clipToBox(hole: Hole, min: ArrayLike<number>, max: ArrayLike<number>, from: number, to: number): [number, number] | null {
  let t0 = from, t1 = to;
  for (let k = 0; k < 3; k++) {
    const d = hole.direction[k], p = hole.point[k];
    if (Math.abs(d) < 1e-12) {
      if (p < min[k] || p > max[k]) return null;
      continue;
    }
    const a = (min[k] - p) / d, b = (max[k] - p) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 <= t1 ? [t0, t1] : null;
}

const AXIS_VECTOR = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] } as const;

/**
 * `region`: the role is played by a region of a fused part, so that part's holes count only where
 * their walls are in the region (the stack holes of a hub, not the motor holes at its arms' ends;
 * an ear's screw holes, not the floor's, whose lines also cross the box of the ears' region).
 */
export function checkThroughHoles(model: ModelGeometry, item: ThroughHolesItem, parts: PartGeometry[], region?: RegionPiece): CheckResult {
  const through = item.through ?? true;
  const all = throughHoles(parts, model.diagonal, model.meshTolerance, through)
    .filter((h) => !region || h.part !== region.name || (region.pieces ?? [region.bounds]).some((box) => wallsInBox(h, box, 2 * model.meshTolerance)));
  const axis = item.axis ? AXIS_VECTOR[item.axis] : null;
  const alongAxis = all.filter((h) => !axis || Math.abs(h.direction[0] * axis[0] + h.direction[1] * axis[1] + h.direction[2] * axis[2]) > 0.999);
  const [lo, hi] = item.diameter_mm;
  const sized = alongAxis.filter((h) => h.diameter >= lo - 1e-6 && h.diameter <= hi + 1e-6);
  const matching = item.countersunk ? sized.filter((h) => h.countersunk) : sized;
  const plain = sized.length - matching.length;
  const credit = countCredit(matching.length, item.count);
  const where = item.part ? ` in ${parts.map((p) => p.name).join(" + ") || `the ${item.part} (nothing plays it yet)`}` : "";
  const others = alongAxis.length - sized.length;
  const note =
    credit < 1
      ? `found ${matching.length} ${item.countersunk ? "countersunk " : ""}${through ? "through-" : ""}hole${matching.length === 1 ? "" : "s"} of ${lo}-${hi} mm${item.axis ? ` along ${item.axis.toUpperCase()}` : ""}${where}; the task asks for ${describeCount(item.count)}${others > 0 ? ` (${others} other hole${others === 1 ? "" : "s"} of the wrong size)` : ""}${plain > 0 ? ` (${plain} without a countersink)` : ""}: ${item.label}`
      : null;
  return {
    credit,
    note,
    targets: { parts: [...new Set(matching.map((h) => h.part))], holes: matching.map(holeTarget) },
    measured: { found: matching.length, diameters_mm: matching.map((h) => round(h.diameter, 2)), other_holes_mm: alongAxis.filter((h) => !matching.includes(h)).map((h) => round(h.diameter, 2)), ...(item.countersunk ? { without_countersink: plain } : {}) },
  };
}

/** The hole as the page marks it: its axis from one end of its walls to the other. */
function holeTarget(hole: Hole): HoleTarget {
  const middle = (hole.span[0] + hole.span[1]) / 2;
  return {
    part: hole.part,
    centre: roundedPoint([0, 1, 2].map((k) => hole.point[k] + middle * hole.direction[k])),
    direction: roundedPoint(hole.direction, 4),
    radius_mm: round(hole.diameter / 2, 3),
    length_mm: round(hole.span[1] - hole.span[0], 3),
  };
}
