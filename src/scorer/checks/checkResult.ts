import { countRange, type Count } from "../../tasks/checklist";
import type { Target } from "../types";

/** One checklist item measured on the model: credit in [0, 1], a note when short, what was measured. */
export interface CheckResult {
  credit: number;
  note: string | null;
  measured: Record<string, unknown>;
  /** What the check found in the model beyond the parts of the item's role (the holes it counted). */
  targets?: Partial<Target>;
}

/** Full credit inside the range, falling off with the relative distance from it. */
export function countCredit(found: number, count: Count): number {
  const { min, max } = countRange(count);
  if (found >= min && found <= max) return 1;
  const nearest = found < min ? min : max;
  return Math.max(0, 1 - Math.abs(found - nearest) / Math.max(1, nearest));
}

export const AXIS_INDEX = { x: 0, y: 1, z: 2 } as const;
