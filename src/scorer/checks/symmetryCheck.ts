import type { RotationalSymmetryItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { sampleSurface } from "../geometry/sampling";
import { SurfaceDistance } from "../geometry/surfaceDistance";
import { concatMeshes, meshBounds } from "../geometry/triMesh";
import { AXIS_INDEX, type CheckResult } from "./checkResult";
import { round } from "../round";

/** Share of surface samples that land off the surface after turning by `angle` about the axis. */
function offShare(distance: SurfaceDistance, samples: Float64Array, axis: 0 | 1 | 2, centre: number[], angle: number, tolerance: number): number {
  const [u, v] = axis === 0 ? [1, 2] : axis === 1 ? [2, 0] : [0, 1];
  const cos = Math.cos(angle), sin = Math.sin(angle);
  let off = 0;
  const p = [0, 0, 0];
  const count = samples.length / 3;
  for (let i = 0; i < count; i++) {
    const a = samples[3 * i + u] - centre[u], b = samples[3 * i + v] - centre[v];
    p[axis] = samples[3 * i + axis];
    p[u] = centre[u] + a * cos - b * sin;
    p[v] = centre[v] + a * sin + b * cos;
    if (distance.distance(p[0], p[1], p[2]) > tolerance) off++;
  }
  return count ? off / count : 1;
}

/**
 * Symmetric of order n: turning by 360/n maps the surface onto itself (under 2 % of samples off),
 * while turning by 360/2n and 360/3n does not (over 5 % off) unless the order is a multiple.
 */
export function checkSymmetry(model: ModelGeometry, item: RotationalSymmetryItem, scope: PartGeometry[], sampleCount: number): CheckResult {
  if (scope.length === 0) return { credit: 0, note: `no part to measure: ${item.label}`, measured: {} };
  const whole = scope.length === model.parts.length;
  const mesh = whole ? model.mesh : concatMeshes(scope.map((p) => p.mesh));
  const bounds = meshBounds(mesh);
  const centre = [0, 1, 2].map((k) => (bounds.min[k] + bounds.max[k]) / 2);
  const diagonal = Math.hypot(...[0, 1, 2].map((k) => bounds.max[k] - bounds.min[k]));
  const tolerance = Math.max(3 * model.meshTolerance, 0.005 * diagonal);
  const distance = whole ? model.surface() : new SurfaceDistance(mesh);
  const samples = sampleSurface(mesh, sampleCount, 7919);
  const axis = AXIS_INDEX[item.axis];
  const full = offShare(distance, samples, axis, centre, (2 * Math.PI) / item.order, tolerance);
  const half = offShare(distance, samples, axis, centre, Math.PI / item.order, tolerance);
  const third = offShare(distance, samples, axis, centre, (2 * Math.PI) / (3 * item.order), tolerance);
  const symmetric = full < 0.02;
  const finer = half < 0.05 || third < 0.05;
  const credit = symmetric && !finer ? 1 : symmetric ? 0.25 : Math.max(0, 1 - full / 0.1) * 0.5;
  const note = !symmetric
    ? `turning the model by ${(360 / item.order).toFixed(1)} degrees about ${item.axis.toUpperCase()} leaves ${(full * 100).toFixed(0)} % of its surface off itself: ${item.label}`
    : finer
      ? `the model is symmetric at finer angles than ${(360 / item.order).toFixed(1)} degrees (plain round shape?): ${item.label}`
      : null;
  return { credit, note, measured: { off_share_at_order: round(full, 4), off_share_half_step: round(half, 4), off_share_third_step: round(third, 4), tolerance_mm: round(tolerance, 3) } };
}
