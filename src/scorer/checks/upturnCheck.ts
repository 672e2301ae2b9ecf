import type { UpturnItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import type { TriMesh } from "../geometry/triMesh";
import type { RegionPiece } from "../roles/regionPiece";
import { round } from "../round";
import { AXIS_INDEX, type CheckResult } from "./checkResult";

/**
 * A hook's tip: past the lowest point of the role's material, further along `outward`, the
 * material climbs again by `min_rise` of the model's height. A bar that only drops, runs out
 * level or stops at its lowest point holds nothing. Read from the role's tessellation (the
 * region's, for a role played by part of a fused body), so it costs no boolean.
 */
export function checkUpturn(model: ModelGeometry, item: UpturnItem, scope: PartGeometry[], region?: RegionPiece): CheckResult {
  const meshes: TriMesh[] = region ? [region.mesh] : scope.map((p) => p.mesh);
  const out = AXIS_INDEX[item.outward];
  const up = AXIS_INDEX.z;
  const height = model.size[up];
  const needed = (item.min_rise ?? 0.12) * height;
  if (meshes.length === 0) return { credit: 0, note: `nothing plays the ${item.part} yet, so it has no tip: ${item.label}`, measured: { rise_mm: 0, needed_mm: round(needed, 1) } };

  let lowest = Infinity;
  for (const { positions } of meshes) for (let i = up; i < positions.length; i += 3) lowest = Math.min(lowest, positions[i]);
  // The bottom of a bend is a band, not a point: its far edge is where the climb must begin.
  const band = 0.02 * height;
  const margin = 0.02 * model.size[out];
  let bottomEnd = -Infinity;
  for (const { positions } of meshes) {
    for (let i = 0; i < positions.length; i += 3) if (positions[i + up] <= lowest + band) bottomEnd = Math.max(bottomEnd, positions[i + out]);
  }
  let top = lowest;
  for (const { positions } of meshes) {
    for (let i = 0; i < positions.length; i += 3) if (positions[i + out] > bottomEnd + margin) top = Math.max(top, positions[i + up]);
  }
  const rise = top - lowest;
  const credit = needed > 0 ? Math.min(1, rise / needed) : 1;
  return {
    credit,
    note:
      credit < 1
        ? `the ${item.part} rises ${rise.toFixed(0)} mm past its lowest point, away from the wall; a tip needs ${needed.toFixed(0)} mm: turn its end back up (${item.label})`
        : null,
    measured: { lowest_mm: round(lowest, 2), rise_mm: round(rise, 2), needed_mm: round(needed, 2) },
  };
}
