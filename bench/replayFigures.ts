import type { Kernel } from "../src/kernel";
import { scoreCandidate } from "../src/scorer/index";
import type { Task } from "../src/tasks/types";
import { median, type Figure } from "./figure";

/**
 * Time to replay each task's whole trajectory: every step built and fast-scored in order, one at a
 * time, as the replay's scoring worker does (`scoreCode` is `scoreCandidate` in the worker). The
 * task's reference is built by an untimed score first, as the page's `prepareScoring` does before
 * the first step's time limit starts; meshing for the viewer runs in another worker and is not counted.
 */
export async function replayFigures(kernel: Kernel, tasks: Task[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const perStep: number[] = [];
  const totals: { id: string; ms: number }[] = [];
  for (const task of tasks.filter((t) => t.trajectory.length > 0)) {
    await scoreCandidate(kernel, task, task.seed, { mode: "fast" });
    const started = performance.now();
    for (const step of task.trajectory) {
      const stepStarted = performance.now();
      await scoreCandidate(kernel, task, step.code, { mode: "fast" });
      perStep.push(performance.now() - stepStarted);
    }
    const ms = performance.now() - started;
    totals.push({ id: task.id, ms });
    figures.push({ group: `replay ${task.id}`, label: "replay the whole trajectory (build and fast score every step)", value: ms, unit: "ms", note: `${task.trajectory.length} steps, one at a time` });
  }
  if (totals.length > 0) {
    const worst = totals.reduce((a, b) => (b.ms > a.ms ? b : a));
    figures.push(
      { group: "replay, all trajectories", label: "whole trajectory, median over tasks", value: median(totals.map((t) => t.ms)), unit: "ms", note: `${totals.length} tasks` },
      { group: "replay, all trajectories", label: "whole trajectory, slowest task", value: worst.ms, unit: "ms", note: worst.id },
      { group: "replay, all trajectories", label: "one step, median", value: median(perStep), unit: "ms", note: `${perStep.length} steps` },
    );
  }
  return figures;
}
