import type { Reward } from "./types";
import { BUILT_FLOOR, WEIGHTS } from "./weights";

/** The total of a model that built, from its six measured dimensions (see weights.ts). */
export function totalOf(r: Omit<Reward, "total" | "build">): number {
  const relevance = (r.semantic_parts + r.reference_similarity) / 2;
  const weighted =
    WEIGHTS.semantic_parts * r.semantic_parts +
    WEIGHTS.reference_similarity * r.reference_similarity +
    relevance * (WEIGHTS.topology * r.topology + WEIGHTS.contact * r.contact + WEIGHTS.editability * r.editability + WEIGHTS.efficiency * r.efficiency);
  return Math.min(1, BUILT_FLOOR + (1 - BUILT_FLOOR) * weighted);
}
