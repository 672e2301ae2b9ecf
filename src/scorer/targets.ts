import type { BoxMm, Target, Vec3 } from "./types";
import { round } from "./round";

/** A target with the lists not given left empty, so that every target has all five. */
export function target(of: Partial<Target> = {}): Target {
  return { parts: of.parts ?? [], overlaps: of.overlaps ?? [], floating: of.floating ?? [], holes: of.holes ?? [], regions: of.regions ?? [] };
}

/** A box in mm, rounded as `parts[].bbox` is. */
export function boxMm(min: ArrayLike<number>, max: ArrayLike<number>): BoxMm {
  return [roundedPoint(min), roundedPoint(max)];
}

export function roundedPoint(p: ArrayLike<number>, digits = 3): Vec3 {
  return [round(p[0], digits), round(p[1], digits), round(p[2], digits)];
}

/** A dimension's note targets, one for each of its notes: a note given none speaks of the whole model. */
export function noteTargetsOf(dimension: { notes: string[]; noteTargets?: Target[] }): Target[] {
  return dimension.notes.map((_, i) => dimension.noteTargets?.[i] ?? target());
}
