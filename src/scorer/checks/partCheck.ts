import { partNameMatches, type Axis, type PartItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { AXIS_INDEX, type CheckResult } from "./checkResult";
import { round } from "../topology";

export function matchingParts(model: ModelGeometry, item: Pick<PartItem, "name" | "aliases">): PartGeometry[] {
  return model.parts.filter((p) => partNameMatches(item, p.name));
}

/** A named part counts only with the volume, size and position the task gives it. */
export function checkPart(model: ModelGeometry, item: PartItem): CheckResult {
  const parts = matchingParts(model, item);
  const names = [item.name, ...(item.aliases ?? [])];
  if (parts.length === 0) {
    return {
      credit: 0,
      note: `no part is named "${item.name}"${item.aliases?.length ? ` (or ${names.slice(1).map((n) => `"${n}"`).join(", ")})` : ""}: ${item.label}`,
      measured: { matched: [] },
    };
  }
  const label = parts.map((p) => p.name).join(" + ");
  const volume = parts.reduce((s, p) => s + p.volume, 0);
  const share = model.volume > 0 ? volume / model.volume : 0;
  const min = [0, 1, 2].map((k) => Math.min(...parts.map((p) => p.bounds.min[k])));
  const max = [0, 1, 2].map((k) => Math.max(...parts.map((p) => p.bounds.max[k])));
  const failures: string[] = [];
  let conditions = 1;
  let met = 0;
  if (share >= item.min_volume_share) met++;
  else failures.push(`holds ${(share * 100).toFixed(1)} % of the model's volume (at least ${(item.min_volume_share * 100).toFixed(1)} % expected)`);
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
  for (const [axis, [lo, hi]] of Object.entries(item.center_in ?? {}) as [Axis, [number, number]][]) {
    const k = AXIS_INDEX[axis];
    const fraction = model.size[k] > 0 ? ((min[k] + max[k]) / 2 - model.bounds.min[k]) / model.size[k] : 0.5;
    centre[axis] = round(fraction, 3);
    conditions++;
    if (fraction >= lo - 1e-9 && fraction <= hi + 1e-9) met++;
    else failures.push(`sits at ${(fraction * 100).toFixed(0)} % of the model's ${axis.toUpperCase()} extent (expected ${(lo * 100).toFixed(0)}-${(hi * 100).toFixed(0)} %)`);
  }
  return {
    credit: met / conditions,
    note: failures.length ? `${label} ${failures.join("; ")}: ${item.label}` : null,
    measured: { matched: parts.map((p) => p.name), volume_share: round(share, 4), size_fraction: sizes, centre_fraction: centre },
  };
}
