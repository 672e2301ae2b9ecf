import type { Task } from "../../src/tasks/types";
import { candidatesFor, HOSTILE_BUDGET, PROBE_TASK_ID } from "../hostile/candidates";

/** One candidate of the corpus scored quiet and under load: what to score, and how. */
export interface LoadCase {
  id: string;
  taskId: string;
  code: string;
  budget?: number;
  backstopMs?: number;
}

/**
 * Every reference, every seed and every trajectory step of the catalogue, and the hostile corpus
 * of `side` (on the probe task, with the suites' budget and backstops): what the same-result-under-
 * load check scores.
 */
export function loadCorpus(tasks: readonly Task[], side: "node" | "page"): LoadCase[] {
  const cases: LoadCase[] = [];
  for (const task of tasks) {
    task.references.forEach((code, i) => cases.push({ id: `${task.id} reference ${i + 1}`, taskId: task.id, code }));
    cases.push({ id: `${task.id} seed`, taskId: task.id, code: task.seed });
    task.trajectory.forEach((step, i) => cases.push({ id: `${task.id} step ${i + 1}`, taskId: task.id, code: step.code }));
  }
  for (const candidate of candidatesFor(side)) {
    cases.push({ id: `hostile ${candidate.id}`, taskId: PROBE_TASK_ID, code: candidate.code, budget: HOSTILE_BUDGET, backstopMs: candidate.backstopMs });
  }
  return cases;
}
