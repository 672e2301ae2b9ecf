import { classify, REPAIR_CLASSES, type RepairClass } from "./classify";
import { repairPrompt, type RepairPrompt } from "./repairPrompt";
import type { Rollout, RolloutLineError } from "./rollout";
import { classShares, repairWeight } from "./weigh";

export interface TaskTally {
  rollouts: number;
  built: number;
  build_rate: number;
  /** Rollouts needing repair, by primary class. */
  by_class: Partial<Record<RepairClass, number>>;
}

export interface Curriculum {
  /** Heaviest first; ties by task id, class order, then input line, so the order never varies. */
  prompts: RepairPrompt[];
  summary: {
    rollouts: number;
    built: number;
    /** Rollouts that need no repair (built, no weakness). */
    passing: number;
    by_class: Partial<Record<RepairClass, number>>;
    by_task: Record<string, TaskTally>;
  };
  /** Rollouts left out, each with its line and why (a task this catalogue does not have). */
  errors: RolloutLineError[];
}

/** Classifies, weighs and writes a repair prompt for every rollout that needs one. Pure: same input, same output. */
export function buildCurriculum(rollouts: readonly Rollout[], taskBriefs: ReadonlyMap<string, string>): Curriculum {
  const errors: RolloutLineError[] = [];
  const known = rollouts.filter((r) => {
    if (taskBriefs.has(r.task_id)) return true;
    errors.push({ line: r.line, message: `line ${r.line}: unknown task "${r.task_id}"; the rollout was left out` });
    return false;
  });

  const byTask: Record<string, TaskTally> = {};
  for (const r of [...known].sort((a, b) => compare(a.task_id, b.task_id))) {
    const tally = (byTask[r.task_id] ??= { rollouts: 0, built: 0, build_rate: 0, by_class: {} });
    tally.rollouts++;
    if (r.result.ok) tally.built++;
  }
  for (const tally of Object.values(byTask)) tally.build_rate = Math.round((tally.built / tally.rollouts) * 1e4) / 1e4;

  const classified = known.map((r) => ({ rollout: r, classes: classify(r.result).all }));
  const needing = classified.filter((c) => c.classes.length > 0);
  const shares = classShares(needing.map((c) => c.classes[0]));
  const byClass: Partial<Record<RepairClass, number>> = {};
  for (const c of REPAIR_CLASSES) {
    const n = needing.filter((x) => x.classes[0] === c).length;
    if (n) byClass[c] = n;
  }
  for (const { rollout, classes } of needing) {
    const tally = byTask[rollout.task_id].by_class;
    tally[classes[0]] = (tally[classes[0]] ?? 0) + 1;
  }

  const prompts = needing.map(({ rollout, classes }) =>
    repairPrompt(rollout, taskBriefs.get(rollout.task_id)!, classes, repairWeight(byTask[rollout.task_id].build_rate, shares.get(classes[0])!)),
  );
  prompts.sort(
    (a, b) =>
      b.weight - a.weight ||
      compare(a.task_id, b.task_id) ||
      REPAIR_CLASSES.indexOf(a.class) - REPAIR_CLASSES.indexOf(b.class) ||
      a.line - b.line ||
      compare(a.id, b.id),
  );
  return {
    prompts,
    summary: {
      rollouts: known.length,
      built: known.filter((r) => r.result.ok).length,
      passing: classified.length - needing.length,
      by_class: byClass,
      by_task: byTask,
    },
    errors,
  };
}

/** The prompts as JSONL, one a line, the order of `prompts`. */
export function curriculumJsonl(curriculum: Curriculum): string {
  return curriculum.prompts.map((p) => JSON.stringify(p) + "\n").join("");
}

/** Code-point order, not the locale's, so every machine sorts the same. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
