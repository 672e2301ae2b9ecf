import type { Kernel } from "../kernel";
import type { ChecklistItem, PartItem } from "../tasks/checklist";
import type { Task } from "../tasks/types";
import type { ModelGeometry, PartGeometry } from "./geometry/modelGeometry";
import type { DimensionScore } from "./dimension";
import type { CheckResult } from "./checks/checkResult";
import { checkPart, matchingParts } from "./checks/partCheck";
import { checkThroughHoles } from "./checks/holesCheck";
import { checkSymmetry } from "./checks/symmetryCheck";
import { checkMembers } from "./checks/membersCheck";
import { checkEnvelope } from "./checks/envelopeCheck";
import { round } from "./topology";

export interface ChecklistStatus {
  id: string;
  kind: ChecklistItem["kind"];
  label: string;
  satisfied: boolean;
  credit: number;
  measured: Record<string, unknown>;
}

/**
 * The task's checklist measured on the geometry. Only names returned with shapes are read, and
 * only by `part` items, which also demand volume, size and position; every other item is a
 * measurement (holes, symmetry, members, envelope). Comments and identifiers earn nothing.
 */
export function scoreSemanticParts(kernel: Kernel, task: Task, model: ModelGeometry, fine: boolean): DimensionScore {
  const partItems = new Map(task.checklist.filter((i): i is PartItem => i.kind === "part").map((i) => [i.name, i]));
  const scopeOf = (item: ChecklistItem): PartGeometry[] =>
    "part" in item && item.part ? matchingParts(model, partItems.get(item.part) ?? { name: item.part }) : model.parts;

  const results: { item: ChecklistItem; result: CheckResult }[] = task.checklist.map((item) => ({ item, result: check(kernel, task, model, item, scopeOf(item), fine) }));
  const weightOf = (i: ChecklistItem) => i.weight ?? 1;
  const totalWeight = results.reduce((s, r) => s + weightOf(r.item), 0);
  const score = totalWeight > 0 ? results.reduce((s, r) => s + weightOf(r.item) * r.result.credit, 0) / totalWeight : 1;
  const notes = results
    .filter((r) => r.result.note)
    .sort((a, b) => weightOf(b.item) * (1 - b.result.credit) - weightOf(a.item) * (1 - a.result.credit))
    .map((r) => r.result.note!);
  const items: ChecklistStatus[] = results.map(({ item, result }) => ({
    id: item.id,
    kind: item.kind,
    label: item.label,
    satisfied: result.credit >= 1,
    credit: round(result.credit, 4),
    measured: result.measured,
  }));
  return { score, notes, metrics: { satisfied: items.filter((i) => i.satisfied).length, of: items.length, items } };
}

function check(kernel: Kernel, task: Task, model: ModelGeometry, item: ChecklistItem, scope: PartGeometry[], fine: boolean): CheckResult {
  switch (item.kind) {
    case "part":
      return checkPart(model, item);
    case "through_holes":
      return checkThroughHoles(kernel, model, item, scope);
    case "rotational_symmetry":
      return checkSymmetry(model, item, scope, fine ? 4096 : 1024);
    case "repeated_members":
      return checkMembers(model, item, scope);
    case "fits_envelope":
      return checkEnvelope(model, item, task.envelope);
  }
}
