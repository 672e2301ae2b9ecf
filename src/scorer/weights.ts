import type { FailureClass } from "../kernel";
import type { Dimension } from "./types";

/**
 * The one place the total's weights live (docs/scoring.md explains them).
 * A model that builds totals 0.05 + 0.95 * weighted, where the craft dimensions (topology,
 * contact, editability, efficiency) count in proportion to relevance = mean of semantic_parts
 * and reference_similarity: a tidy, valid model of the wrong object is worth little.
 */
export const WEIGHTS: Record<Exclude<Dimension, "build">, number> = {
  semantic_parts: 0.3,
  reference_similarity: 0.25,
  topology: 0.1,
  contact: 0.15,
  editability: 0.12,
  efficiency: 0.08,
};

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
  empty_shape: -0.2,
};
