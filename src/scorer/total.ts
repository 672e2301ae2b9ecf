import type { Reward } from "./types";
import { BUILT_FLOOR, CRAFT, INTEGRITY, QUALITY } from "./weights";

/** The total of a model that built, from its six measured dimensions (see weights.ts). */
export function totalOf(r: Omit<Reward, "total" | "build">): number {
  const substance = r.semantic_parts ** 2;
  const craft = r.semantic_parts * (CRAFT.topology * r.topology + CRAFT.editability * r.editability + CRAFT.efficiency * r.efficiency);
  const quality = QUALITY.base + QUALITY.similarity * r.reference_similarity + QUALITY.craft * craft;
  const integrity = INTEGRITY.base + (1 - INTEGRITY.base) * r.contact;
  return Math.min(1, BUILT_FLOOR + (1 - BUILT_FLOOR) * substance * quality * integrity);
}
