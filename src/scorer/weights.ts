import type { FailureClass } from "../model/buildFailure";

/**
 * The one place the total's weights live (docs/scoring.md explains them and the calibration
 * behind them). A model that builds totals 0.05 + 0.95 * substance * quality * integrity:
 * - substance = semantic_parts squared: the object asked for, found by its geometry. Everything
 *   else is multiplied by it, so a tidy model of the wrong object is worth little however clean
 *   it is, and half the checklist earns a quarter;
 * - quality = QUALITY.base + QUALITY.similarity * reference_similarity + QUALITY.craft * craft,
 *   craft being topology, editability and efficiency weighted by CRAFT, times semantic_parts:
 *   craft follows substance, since a clean, cheap box has achieved nothing to be clean about;
 * - integrity = INTEGRITY.base + (1 - INTEGRITY.base) * contact: parts that float or run into
 *   each other make a worse object, not a slightly less tidy one.
 */
export const QUALITY = { base: 0.6, similarity: 0.2, craft: 0.2 };

export const CRAFT: Record<"topology" | "editability" | "efficiency", number> = { topology: 0.35, editability: 0.35, efficiency: 0.3 };

export const INTEGRITY = { base: 0.4 };

export const BUILT_FLOOR = 0.05;

/**
 * Totals of failed builds, in [-1, -0.05]: the nearer the code came to a usable solid, the less
 * negative. Any build that succeeds totals at least BUILT_FLOOR, above every failure.
 */
export const FAILURE_TOTALS: Record<FailureClass, number> = {
  syntax: -1,
  missing_main: -0.9,
  timeout: -0.8,
  out_of_memory: -0.8,
  undefined_name: -0.6,
  invented_api: -0.6,
  invalid_return: -0.5,
  kernel_error: -0.3,
  degenerate_shape: -0.25,
  empty_shape: -0.2,
};
