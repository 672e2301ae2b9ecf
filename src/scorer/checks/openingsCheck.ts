import type { OpeningsItem } from "../../tasks/checklist";
import { describeCount } from "../../tasks/checklist";
import type { PartGeometry } from "../geometry/modelGeometry";
import { countCredit, type CheckResult } from "./checkResult";

/**
 * Openings through the role's parts, whatever their outline: each one is a handle of the part's
 * closed surface, so the genus counts them exactly. A part that is not a closed solid has none
 * that can be told.
 */
export function checkOpenings(item: OpeningsItem, parts: PartGeometry[]): CheckResult {
  // Genus is read solid by solid: of two separate solids taken together it would come out one less.
  const found = parts.reduce((sum, p) => sum + (p.manifold ? p.pieces().reduce((s, piece) => s + Math.max(0, piece.genus()), 0) : 0), 0);
  const credit = parts.length ? countCredit(found, item.count) : 0;
  const where = parts.length ? parts.map((p) => p.name).join(" + ") : `the ${item.part} (nothing plays it yet)`;
  return {
    credit,
    note: credit < 1 ? `found ${found} opening${found === 1 ? "" : "s"} through ${where}; the task asks for ${describeCount(item.count)}: ${item.label}` : null,
    measured: { found },
  };
}
