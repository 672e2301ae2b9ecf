import { makeLine, measureDistanceBetween } from "replicad";
import { shapeFaces, type Kernel } from "../../kernel";
import type { ThroughHolesItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { countCredit, type CheckResult } from "./checkResult";
import { describeCount } from "../../tasks/checklist";
import { round } from "../topology";

export interface Hole {
  part: string;
  diameter: number;
  direction: [number, number, number];
  point: [number, number, number];
}

/**
 * Through-holes of one part, read from its B-rep: concave cylindrical faces grouped by axis line
 * (a counterbore and its bore are one hole, of the smaller diameter), kept when the axis stays
 * clear of the part's material from just before the walls begin to just after they end.
 */
export function throughHoles(kernel: Kernel, part: PartGeometry, modelDiagonal: number, meshTolerance: number, through = true): Hole[] {
  const oc = kernel.oc as any;
  const groups = new Map<string, Hole>();
  // Angle the walls of each hole go round, in radians: a blind hole must close its circle, where
  // a concave fillet (a quarter turn) is no hole.
  const turned = new Map<string, number>();
  // How far along its axis each hole's walls reach: [from, to], measured from the axis' foot.
  const spans = new Map<string, [number, number]>();
  const snap = modelDiagonal * 1e-4;
  const cylinder = oc.GeomAbs_SurfaceType.GeomAbs_Cylinder;
  for (const face of shapeFaces(part.part.shape)) {
    // One adaptor per face, for its type and then its cylinder (replicad's `geomType` makes its own).
    const adaptor = new oc.BRepAdaptor_Surface(face.wrapped, true);
    try {
      if (adaptor.GetType() !== cylinder) continue;
      const surface = adaptor.Cylinder();
      const axis = surface.Axis();
      const loc = axis.Location();
      const dir = axis.Direction();
      const radius: number = surface.Radius();
      const p = [loc.X(), loc.Y(), loc.Z()];
      let d = [dir.X(), dir.Y(), dir.Z()];
      for (const o of [loc, dir, axis, surface]) o.delete();

      // The face's normal where it is evaluated, at the middle of its parameter range. Only
      // its side of the axis is read, so no projection of the point back onto the face.
      const { UMin, UMax, VMin, VMax } = oc.BRepTools.UVBounds(face.wrapped, 0, 0, 0, 0);
      const centre = new oc.gp_Pnt();
      const normal = new oc.gp_Vec();
      const props = new oc.BRepGProp_Face(face.wrapped, false);
      props.Normal(0.5 * (UMin + UMax), 0.5 * (VMin + VMax), centre, normal);
      const c = [centre.X(), centre.Y(), centre.Z()];
      const n = [normal.X(), normal.Y(), normal.Z()];
      for (const o of [props, normal, centre]) o.delete();
      const along = (c[0] - p[0]) * d[0] + (c[1] - p[1]) * d[1] + (c[2] - p[2]) * d[2];
      const radial = [0, 1, 2].map((k) => c[k] - p[k] - along * d[k]);
      // A hole's wall faces its axis; a boss or a rounded edge faces away from it.
      if (radial[0] * n[0] + radial[1] * n[1] + radial[2] * n[2] >= 0) continue;

      const sign = Math.abs(d[0]) > 1e-9 ? Math.sign(d[0]) : Math.abs(d[1]) > 1e-9 ? Math.sign(d[1]) : Math.sign(d[2]);
      d = d.map((v) => v * sign + 0);
      const dot = p[0] * d[0] + p[1] * d[1] + p[2] * d[2];
      const foot = [0, 1, 2].map((k) => p[k] - dot * d[k]);
      const key = [...d.map((v) => Math.round(v * 1e4)), ...foot.map((v) => Math.round(v / snap))].join(",");
      turned.set(key, (turned.get(key) ?? 0) + Math.abs(UMax - UMin));
      // A cylinder's V runs along its own axis from its location, which lies `dot` along d.
      const ends = [dot + sign * VMin, dot + sign * VMax];
      const span = spans.get(key);
      spans.set(key, [Math.min(...ends, span?.[0] ?? Infinity), Math.max(...ends, span?.[1] ?? -Infinity)]);
      const existing = groups.get(key);
      if (!existing || 2 * radius < existing.diameter) {
        groups.set(key, { part: part.name, diameter: 2 * radius, direction: d as Hole["direction"], point: foot as Hole["point"] });
      }
    } finally {
      adaptor.delete();
      face.delete();
    }
  }

  if (!through) return [...groups].filter(([key]) => turned.get(key)! >= 1.6 * Math.PI).map(([, hole]) => hole);
  // A hole is through when its axis is clear just past both ends of its walls: the rest of a
  // fused body, further along the same line, does not close it.
  return [...groups].filter(([key, hole]) => {
    const margin = Math.max(hole.diameter / 4, 2 * meshTolerance);
    const [from, to] = spans.get(key)!;
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
  }).map(([, hole]) => hole);
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
  let t0 = from, t1 = to;
  for (let k = 0; k < 3; k++) {
    const lo = part.bounds.min[k] - margin, hi = part.bounds.max[k] + margin;
    const d = hole.direction[k], p = hole.point[k];
    if (Math.abs(d) < 1e-12) {
      if (p < lo || p > hi) return true;
      continue;
    }
    const a = (lo - p) / d, b = (hi - p) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  if (t0 > t1) return true;
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

const AXIS_VECTOR = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] } as const;

export function checkThroughHoles(kernel: Kernel, model: ModelGeometry, item: ThroughHolesItem, parts: PartGeometry[]): CheckResult {
  const through = item.through ?? true;
  const all = parts.flatMap((p) => throughHoles(kernel, p, model.diagonal, model.meshTolerance, through));
  const axis = item.axis ? AXIS_VECTOR[item.axis] : null;
  const alongAxis = all.filter((h) => !axis || Math.abs(h.direction[0] * axis[0] + h.direction[1] * axis[1] + h.direction[2] * axis[2]) > 0.999);
  const [lo, hi] = item.diameter_mm;
  const matching = alongAxis.filter((h) => h.diameter >= lo - 1e-6 && h.diameter <= hi + 1e-6);
  const credit = countCredit(matching.length, item.count);
  const where = item.part ? ` in ${parts.map((p) => p.name).join(" + ") || `the ${item.part} (nothing plays it yet)`}` : "";
  const others = alongAxis.length - matching.length;
  const note =
    credit < 1
      ? `found ${matching.length} ${through ? "through-" : ""}hole${matching.length === 1 ? "" : "s"} of ${lo}-${hi} mm${item.axis ? ` along ${item.axis.toUpperCase()}` : ""}${where}; the task asks for ${describeCount(item.count)}${others > 0 ? ` (${others} other hole${others === 1 ? "" : "s"} of the wrong size)` : ""}: ${item.label}`
      : null;
  return {
    credit,
    note,
    measured: { found: matching.length, diameters_mm: matching.map((h) => round(h.diameter, 2)), other_holes_mm: alongAxis.filter((h) => !matching.includes(h)).map((h) => round(h.diameter, 2)) },
  };
}
