import type { RepairClass } from "./classify";

/**
 * How much a repair prompt is worth training on:
 *
 *   weight = (1 + (1 - build_rate(task))^2) * (1 + share(class))
 *
 * build_rate(task) is the share of the task's rollouts that built; share(class) is the share of
 * the rollouts needing repair whose primary class is this one. Each factor runs from 1 to 2: a
 * task the policy never builds doubles its prompts (the square keeps tasks that mostly build near
 * 1, so hard tasks stand out), and the most common mistakes come first because fixing them moves
 * the most rollouts. Rounded to 4 decimals so the output is the same text on every platform.
 */
export function repairWeight(taskBuildRate: number, classShare: number): number {
  const weight = (1 + (1 - taskBuildRate) ** 2) * (1 + classShare);
  return Math.round(weight * 1e4) / 1e4;
}

/** Shares of each primary class among the rollouts that need repair. */
export function classShares(classes: RepairClass[]): Map<RepairClass, number> {
  const counts = new Map<RepairClass, number>();
  for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return new Map([...counts].map(([c, n]) => [c, n / classes.length]));
}
