import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import type { Box3 } from "../geometry/triMesh";
import { boxCutter, isFusedHost, pieceInside, type RegionPiece } from "./regionPiece";

/** One panel of a fused part: the material between two opposite flat faces square to an axis, over where they overlap. */
export interface PlateFeature {
  /** The thin axis, 0-2. */
  axis: number;
  thickness: number;
  /** The slab between the two faces over their overlap. */
  box: Box3;
  /** How far the part's faces in the plane of its top face reach: a flange's segments between bosses are one sheet. */
  sheet: Box3;
}

/** Alike panels (two ears, a gusset under each) have thicknesses and slab volumes within these shares of each other. */
const ALIKE = { thickness: 0.1, volume: 0.2 };

const boxVolume = (b: Box3) => (b.max[0] - b.min[0]) * (b.max[1] - b.min[1]) * (b.max[2] - b.min[2]);

/**
 * The panels of a part whose fill of its own box is under MAX_HOST_FILL (a bent sheet, a bracket
 * with its gussets fused on): for each flat face, the nearest face behind it that looks the other
 * way and overlaps it across, when the two are closer than the overlap is wide. A wall's two sides
 * are one panel; the floor's top and the ear's underside, which look at each other across air,
 * are none. Whether a panel is thin enough to be a plate is the role's shape test, on its material.
 */
export function plateFeatures(host: PartGeometry, snap: number): PlateFeature[] {
  if (!isFusedHost(host)) return [];
  const faces = host.planarFaces();
  const features: PlateFeature[] = [];
  for (const top of faces) {
    if (top.sense !== 1) continue;
    const across = [0, 1, 2].filter((k) => k !== top.axis);
    let nearest: { thickness: number; box: Box3 }[] = [];
    for (const bottom of faces) {
      const thickness = top.at - bottom.at;
      if (bottom.axis !== top.axis || bottom.sense !== -1 || thickness <= snap) continue;
      const min = [0, 0, 0];
      const max = [0, 0, 0];
      for (const k of across) {
        min[k] = Math.max(top.bounds.min[k], bottom.bounds.min[k]);
        max[k] = Math.min(top.bounds.max[k], bottom.bounds.max[k]);
      }
      if (across.some((k) => max[k] - min[k] <= snap)) continue;
      if (nearest.length && thickness > nearest[0].thickness + snap) continue;
      if (nearest.length && thickness < nearest[0].thickness - snap) nearest = [];
      min[top.axis] = bottom.at;
      max[top.axis] = top.at;
      nearest.push({ thickness, box: { min: min as Box3["min"], max: max as Box3["max"] } });
    }
    const coplanar = faces.filter((f) => f.axis === top.axis && f.sense === top.sense && Math.abs(f.at - top.at) <= snap);
    const sheet: Box3 = {
      min: [0, 1, 2].map((k) => Math.min(...coplanar.map((f) => f.bounds.min[k]))) as Box3["min"],
      max: [0, 1, 2].map((k) => Math.max(...coplanar.map((f) => f.bounds.max[k]))) as Box3["max"],
    };
    for (const { thickness, box } of nearest) {
      const narrower = Math.min(...across.map((k) => box.max[k] - box.min[k]));
      if (thickness <= narrower) features.push({ axis: top.axis, thickness, box, sheet });
    }
  }
  return features;
}

/**
 * Groups of alike panels (same thin axis, thickness and slab volume) that do not overlap: the
 * repeated ears or ribs a role may be.
 */
export function alikePlates(features: PlateFeature[]): PlateFeature[][] {
  const near = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b);
  const overlap = (a: Box3, b: Box3) => [0, 1, 2].every((k) => a.min[k] < b.max[k] && b.min[k] < a.max[k]);
  const groups: PlateFeature[][] = [];
  for (const f of [...features].sort((a, b) => boxVolume(b.box) - boxVolume(a.box))) {
    const group = groups.find(
      (g) => g[0].axis === f.axis && near(g[0].thickness, f.thickness, ALIKE.thickness) && near(boxVolume(g[0].box), boxVolume(f.box), ALIKE.volume) && !g.some((o) => overlap(o.box, f.box)),
    );
    if (group) group.push(f);
    else groups.push([f]);
  }
  return groups;
}

/**
 * Whether the panel's sheet (its face and the part's other faces in the same plane) spans less
 * than half its host along one of its two wide axes: a rib or a tab, not a wall of the host's
 * shell, nor a flange cut into segments by the bosses that stand on it.
 */
export function isLocal(f: PlateFeature, host: PartGeometry): boolean {
  return [0, 1, 2].some((k) => k !== f.axis && f.sheet.max[k] - f.sheet.min[k] < 0.5 * (host.bounds.max[k] - host.bounds.min[k]));
}

/** The volume of a group's slabs. */
export const slabVolume = (group: PlateFeature[]) => group.reduce((s, f) => s + boxVolume(f.box), 0);

/** The largest panel of a part: the plate itself, when a whole part plays a plate role with something fused to it. */
export function largestPlate(features: PlateFeature[]): PlateFeature | null {
  return features.reduce<PlateFeature | null>((best, f) => (!best || boxVolume(f.box) > boxVolume(best.box) ? f : best), null);
}

/** The part's material inside the panels' slabs, widened by the tessellation's error; null when that is empty. */
export function platePiece(model: ModelGeometry, host: PartGeometry, group: PlateFeature[]): RegionPiece | null {
  if (!host.manifold) return null;
  const slack = 2 * model.meshTolerance;
  const slabs = group.map(({ box }) => boxCutter(box.min.map((v) => v - slack), box.max.map((v) => v + slack)));
  try {
    return pieceInside(model, host, slabs, group.map((f) => f.box));
  } finally {
    for (const m of slabs) m.delete();
  }
}
