import type { KeepsClearItem } from "../../tasks/checklist";
import { manifoldApi, withManifolds, type Manifold } from "../geometry/manifold";
import type { ModelGeometry } from "../geometry/modelGeometry";
import type { CheckResult } from "./checkResult";
import { round } from "../round";
import { boxMm } from "../targets";

/** Fill beyond `max_fill` at which the room is worth nothing: a quarter of it taken by material. */
const FILLED = 0.25;

/**
 * The share of the region that is material: each closed part cut by the region's box exactly.
 * Parts are cut one by one and their volumes added; two parts sharing volume inside the room
 * count it twice, which contact already charges for.
 */
export function checkClearance(model: ModelGeometry, item: KeepsClearItem): CheckResult {
  const maxFill = item.max_fill ?? 0.05;
  const lo = [0, 1, 2].map((k) => model.bounds.min[k] + item.region[(["x", "y", "z"] as const)[k]][0] * model.size[k]);
  const hi = [0, 1, 2].map((k) => model.bounds.min[k] + item.region[(["x", "y", "z"] as const)[k]][1] * model.size[k]);
  const size = [0, 1, 2].map((k) => Math.max(hi[k] - lo[k], 1e-6)) as [number, number, number];
  const roomVolume = size[0] * size[1] * size[2];
  const filled = withManifolds((keep) => {
    const room = keep(keep(manifoldApi().Manifold.cube(size, false)).translate(lo as [number, number, number]));
    return model.parts
      .map((p) => p.manifold)
      .filter((m): m is Manifold => m !== null)
      .reduce((sum, m) => sum + keep(m.intersect(room)).volume(), 0);
  });
  const fill = filled / roomVolume;
  const credit = fill <= maxFill ? 1 : Math.max(0, 1 - (fill - maxFill) / (FILLED - maxFill));
  const mm = size.map((v) => v.toFixed(0)).join(" x ");
  return {
    credit,
    note: credit < 1 ? `${(fill * 100).toFixed(0)} % of the ${mm} mm room the task keeps clear is material (at most ${(maxFill * 100).toFixed(0)} %): ${item.label}` : null,
    measured: { fill: round(fill, 4), room_mm: size.map((v) => round(v, 2)), material_mm3: round(filled, 1) },
    targets: { regions: [{ kind: "room", bbox: boxMm(lo, hi) }] },
  };
}
