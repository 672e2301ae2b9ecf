import type { FitsEnvelopeItem } from "../../tasks/checklist";
import type { Envelope } from "../../tasks/types";
import type { ModelGeometry } from "../geometry/modelGeometry";
import type { CheckResult } from "./checkResult";
import { round } from "../round";

/**
 * What the envelope does to the rest of the checklist: fitting it earns nothing by itself (any
 * box can), but a model too small for it, or too large, is worse at everything it does.
 * Over the envelope the factor falls by 3 for each unit of excess ratio (10 % over: 0.7).
 */
export function envelopeFactor(fits: boolean, fills: boolean, worstRatio: number): number {
  if (!fits) return Math.max(0.4, Math.min(0.97, 1 - 3 * (worstRatio - 1)));
  return fills ? 1 : 0.8;
}

/** Extents within the envelope (X and Y may swap) and the largest one filling most of its axis. */
export function checkEnvelope(model: ModelGeometry, item: FitsEnvelopeItem, envelope: Envelope): CheckResult {
  const tolerance = item.tolerance ?? 0.01;
  const minFill = item.min_fill ?? 0.6;
  const [sx, sy, sz] = model.size;
  const orientations = [
    { x: sx, y: sy, z: sz, swapped: false },
    { x: sy, y: sx, z: sz, swapped: true },
  ].map((o) => {
    const ratios = { x: o.x / envelope.x, y: o.y / envelope.y, z: o.z / envelope.z };
    const worst = Math.max(ratios.x, ratios.y, ratios.z);
    return { ...o, ratios, worst };
  });
  const best = orientations.sort((a, b) => a.worst - b.worst)[0];
  const fits = best.worst <= 1 + tolerance;
  const fill = Math.max(best.ratios.x, best.ratios.y, best.ratios.z);
  const fills = fill >= minFill;
  const size = `${sx.toFixed(1)} x ${sy.toFixed(1)} x ${sz.toFixed(1)} mm`;
  const wanted = `${envelope.x} x ${envelope.y} x ${envelope.z} mm`;
  const excess = (["x", "y", "z"] as const)
    .map((axis) => ({ axis, over: best[axis] - envelope[axis] }))
    .filter((e) => e.over > 0)
    .map((e) => `${e.over.toFixed(1)} mm over along ${e.axis.toUpperCase()}`);
  const note = !fits
    ? `the model measures ${size}, larger than the ${wanted} envelope (${excess.join(", ")}${best.swapped ? ", X and Y taken swapped" : ""})`
    : !fills
      ? `the model measures ${size}, far smaller than the ${wanted} envelope`
      : null;
  return {
    credit: fits ? (fills ? 1 : 0.5) : 0,
    note,
    measured: {
      size_mm: model.size.map((v) => round(v, 2)),
      ratio_to_envelope: { x: round(best.ratios.x, 3), y: round(best.ratios.y, 3), z: round(best.ratios.z, 3) },
      xy_swapped: best.swapped,
      excess_mm: { x: round(Math.max(0, best.x - envelope.x), 2), y: round(Math.max(0, best.y - envelope.y), 2), z: round(Math.max(0, best.z - envelope.z), 2) },
      fits,
      fills,
      factor: round(envelopeFactor(fits, fills, best.worst), 4),
    },
  };
}
