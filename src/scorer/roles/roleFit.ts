import type { Axis, PartItem } from "../../tasks/checklist";
import type { ModelGeometry } from "../geometry/modelGeometry";
import type { Box3, TriMesh } from "../geometry/triMesh";
import { AXIS_INDEX } from "../checks/checkResult";
import { round } from "../round";
import { describeShape, shapeAxes, type ShapeMeasures } from "./partShape";
import { unionGroups } from "./unionGroups";

/** A solid that may play a role: a whole part, or the region of a fused part where the role sits. */
export interface RoleSolid {
  name: string;
  volume: number;
  bounds: Box3;
  mesh: TriMesh;
}

/** How well a set of parts plays a role: credit in [0, 1], what falls short, what was measured. */
export interface RoleFit {
  credit: number;
  /** Whether the parts' centre lies where the task places the role (true when it places it nowhere). */
  inPlace: boolean;
  failures: string[];
  measured: Record<string, unknown>;
}

/** The share of its position and size credit a role keeps when none of its parts has the role's shape. */
const SHAPE_FLOOR = 0.25;

/**
 * The share of its size and volume credit a role keeps when its parts sit outside the place the
 * task gives it: where a part is, is part of what it is (a board on the floor is no top step).
 * Places are coarser than shapes, so the floor is higher than SHAPE_FLOOR: at 0.25 a reference of
 * the gearbox fell to 0.82 and an honest table to 0.67.
 */
const PLACE_FLOOR = 0.5;

/**
 * The role's conditions measured on `parts` together: volume share, extents, centre, then the
 * shape of each part. Volume and size count as conditions met out of those asked; the place and
 * the shape scale the result, so a box in the wheel's place, of the wheel's size, earns a
 * quarter, and a wheel of the right size in the wrong place half.
 * `region`: the parts are a region cut from a fused body, whose shape is not tested.
 */
export function roleFit(model: ModelGeometry, item: PartItem, parts: RoleSolid[], measures: (p: RoleSolid) => ShapeMeasures, region = false): RoleFit {
  const volume = parts.reduce((s, p) => s + p.volume, 0);
  const share = model.volume > 0 ? volume / model.volume : 0;
  const min = [0, 1, 2].map((k) => Math.min(...parts.map((p) => p.bounds.min[k])));
  const max = [0, 1, 2].map((k) => Math.max(...parts.map((p) => p.bounds.max[k])));
  const failures: string[] = [];
  let conditions = 1;
  let met = 0;
  const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
  if (share < item.min_volume_share) failures.push(`holds ${percent(share)} of the model's volume (at least ${percent(item.min_volume_share)} expected)`);
  else if (item.max_volume_share !== undefined && share > item.max_volume_share) failures.push(`holds ${percent(share)} of the model's volume (at most ${percent(item.max_volume_share)} expected: it is a small part)`);
  else met++;
  const sizes: Record<string, number> = {};
  for (const [axis, least] of Object.entries(item.min_size ?? {}) as [Axis, number][]) {
    const k = AXIS_INDEX[axis];
    const fraction = model.size[k] > 0 ? (max[k] - min[k]) / model.size[k] : 0;
    sizes[axis] = round(fraction, 3);
    conditions++;
    if (fraction >= least) met++;
    else failures.push(`spans ${(fraction * 100).toFixed(0)} % of the model along ${axis.toUpperCase()} (at least ${(least * 100).toFixed(0)} % expected)`);
  }
  const centre: Record<string, number> = {};
  let inPlace = true;
  for (const [axis, [lo, hi]] of Object.entries(item.center_in ?? {}) as [Axis, [number, number]][]) {
    const k = AXIS_INDEX[axis];
    const fraction = model.size[k] > 0 ? ((min[k] + max[k]) / 2 - model.bounds.min[k]) / model.size[k] : 0.5;
    centre[axis] = round(fraction, 3);
    if (fraction < lo - 1e-9 || fraction > hi + 1e-9) {
      inPlace = false;
      failures.push(`sits at ${(fraction * 100).toFixed(0)} % of the model's ${axis.toUpperCase()} extent (expected ${(lo * 100).toFixed(0)}-${(hi * 100).toFixed(0)} %)`);
    }
  }
  let shaped = 1;
  // A region cut from a fused body carries the roots of its neighbours: its shape says little.
  if (item.shape && !region) {
    const shape = item.shape;
    if (shape.kind === "open") {
      // Openness belongs to each assembly of members that meet: a U of three plates is open
      // though no plate is, while two solid slabs standing apart are two blocks.
      const maxFill = shape.max_fill ?? 0.5;
      const gap = model.contactTolerance;
      const meet = (a: RoleSolid, b: RoleSolid) => [0, 1, 2].every((k) => a.bounds.min[k] <= b.bounds.max[k] + gap && b.bounds.min[k] <= a.bounds.max[k] + gap);
      const open = unionGroups(parts, meet).filter((unit) => {
        const lo = [0, 1, 2].map((k) => Math.min(...unit.map((p) => p.bounds.min[k])));
        const hi = [0, 1, 2].map((k) => Math.max(...unit.map((p) => p.bounds.max[k])));
        return unit.reduce((s, p) => s + p.volume, 0) <= maxFill * (hi[0] - lo[0]) * (hi[1] - lo[1]) * (hi[2] - lo[2]);
      });
      shaped = volume > 0 ? open.flat().reduce((s, p) => s + p.volume, 0) / volume : 0;
    } else {
      const fitting = parts.filter((p) => shapeAxes(shape, measures(p)).length > 0).reduce((s, p) => s + p.volume, 0);
      shaped = volume > 0 ? fitting / volume : 0;
    }
    if (shaped < 1) failures.unshift(`is not ${describeShape(shape)}`);
  }
  // One place, however many axes give it: a stem centred across but at the floor is not in place.
  const where = inPlace ? 1 : PLACE_FLOOR;
  const credit = (met / conditions) * where * (SHAPE_FLOOR + (1 - SHAPE_FLOOR) * shaped);
  return {
    credit,
    inPlace,
    failures,
    measured: { volume_share: round(share, 4), size_fraction: sizes, centre_fraction: centre, ...(item.shape ? { shape_share: round(shaped, 4) } : {}) },
  };
}
