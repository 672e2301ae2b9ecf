import type { ScoreResult } from "../../scorer/types";
import type { Task } from "../../tasks/types";

/**
 * Each scored part's roles as a person reads them ("mounting plate"), from the score's parts and
 * the task's checklist; null while there is no score of a built model.
 */
export function partRoles(task: Task, score: ScoreResult | null): Map<string, string[]> | null {
  if (!score?.ok) return null;
  const labels = new Map(task.checklist.map((item) => [item.id, item.kind === "part" ? item.name : item.id.replace(/_/g, " ")]));
  return new Map(score.parts.map((part) => [part.name, part.roles.map((id) => labels.get(id) ?? id)]));
}

/**
 * The parts a checklist item speaks of, by the last score: the parts playing a role, or for a
 * feature of a role (its holes, its members) the parts playing that role; empty for an item of
 * the whole model (the envelope, symmetry) or before a score.
 */
export function partsSpokenOf(task: Task, score: ScoreResult | null, itemId: string): string[] {
  if (!score?.ok) return [];
  const item = task.checklist.find((i) => i.id === itemId);
  if (!item) return [];
  const roleId = item.kind === "part" ? item.id : "part" in item && item.part ? task.checklist.find((i) => i.kind === "part" && i.name === item.part)?.id : undefined;
  return roleId ? score.parts.filter((p) => p.roles.includes(roleId)).map((p) => p.name) : [];
}
