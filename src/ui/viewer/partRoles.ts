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
