import type { Task, TaskLevel } from "../../tasks/types";

export const LEVELS: readonly TaskLevel[] = ["easy", "medium", "hard"];

export interface FamilyGroup {
  level: TaskLevel;
  family: string;
  tasks: Task[];
}

/**
 * "wall_j_hook_120n" -> "Wall J hook 120 N": ids are for code and the CLI, titles for reading. Load
 * ratings in ids are newtons ("120n") or newton-metres ("120nm"); a lone letter is a shape ("J").
 */
export function taskTitle(id: string): string {
  const words = id.split("_").map((word) =>
    word
      .replace(/^(\d+)nm$/, "$1 N·m")
      .replace(/^(\d+)n$/, "$1 N")
      .replace(/^[a-z]$/, (letter) => letter.toUpperCase()),
  );
  const title = words.join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function familyTitle(family: string): string {
  return family.replace(/_/g, " ");
}

/** Every word of the query must appear in the task's id, family, level or prompt (as written or with spaces for underscores). */
export function matchesQuery(task: Task, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [task.id, task.id.replace(/_/g, " "), task.family, familyTitle(task.family), task.level, task.prompt].join(" ").toLowerCase();
  return words.every((word) => text.includes(word));
}

/** The tasks matching the query, by level (easy first), then family, then id: the order the picker lists and arrows move through. */
export function groupTasks(tasks: readonly Task[], query: string): FamilyGroup[] {
  const groups: FamilyGroup[] = [];
  for (const level of LEVELS) {
    const ofLevel = tasks.filter((t) => t.level === level && matchesQuery(t, query));
    const families = [...new Set(ofLevel.map((t) => t.family))].sort();
    for (const family of families) {
      groups.push({ level, family, tasks: ofLevel.filter((t) => t.family === family).sort((a, b) => a.id.localeCompare(b.id)) });
    }
  }
  return groups;
}
