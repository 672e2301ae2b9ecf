import { FAILURE_CLASSES, type FailureClass } from "../../model/buildFailure";
import type { ScoreResult } from "../../scorer/types";

/** Weaknesses of a model that builds, judged from its reward. */
export type WeakClass = "disconnected" | "weak_semantics" | "weak_editability";
export type RepairClass = FailureClass | WeakClass;

/**
 * Below these a built model is weak in that dimension. Calibrated on the catalogue (fast mode):
 * - contact < 0.95: more than 5 % of the material is not joined to the main body. References and
 *   seeds all score 1.00; trajectory steps with a part left floating score 0.54-0.73.
 * - semantic_parts < 0.6: less than 60 % of the checklist is evidenced by geometry. Seeds score
 *   0.06-0.35, the blocked-out trajectory steps 0.43-0.80, references 1.00.
 * - editability < 0.5: seeds (bare numbers, no parameters, no helpers) score 0.15, references
 *   0.79-1.00.
 */
export const WEAK_THRESHOLDS = { contact: 0.95, semantic_parts: 0.6, editability: 0.5 } as const;

/** Every class in the order classification tries them: failures first, then weaknesses. */
export const REPAIR_CLASSES: readonly RepairClass[] = [...FAILURE_CLASSES, "disconnected", "weak_semantics", "weak_editability"];

export interface Classification {
  /** The class a repair prompt is written for; null when the rollout needs no repair. */
  primary: RepairClass | null;
  /** Every weakness found, primary first (a failed build has only its failure class). */
  all: RepairClass[];
}

/**
 * A failed build is its failure class. A build that succeeds gets every weakness under its
 * threshold; the primary one is the first of disconnected, weak semantics, weak editability,
 * because geometry that floats or is missing costs more of the total than code that is hard to
 * edit (editability counts only in proportion to relevance).
 */
export function classify(result: ScoreResult): Classification {
  if (!result.ok) {
    const failure = result.failure!.class;
    return { primary: failure, all: [failure] };
  }
  const all: WeakClass[] = [];
  if (result.reward.contact < WEAK_THRESHOLDS.contact) all.push("disconnected");
  if (result.reward.semantic_parts < WEAK_THRESHOLDS.semantic_parts) all.push("weak_semantics");
  if (result.reward.editability < WEAK_THRESHOLDS.editability) all.push("weak_editability");
  return { primary: all[0] ?? null, all };
}
