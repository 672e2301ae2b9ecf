import type { Kernel } from "../kernel";
import { scoreCandidate, type ScoreMode } from "../scorer";
import type { Task } from "../tasks/types";
import { baselinesOf } from "./baselines";
import type { BlindCandidate } from "./blindSet";
import { rankCorrelation } from "./rankCorrelation";

/** The targets the reward is held to (issue 11); docs/scoring.md gives the measurements. */
export const TARGETS = {
  baselineAtMost: 0.25,
  referenceAtLeast: 0.9,
  honestAtLeast: 0.7,
  hackAtMost: 0.25,
  /** Partial and sloppy candidates at least this far below both honest designs of their task. */
  flawedMargin: 0.1,
  rankCorrelationAtLeast: 0.85,
};

export interface ScoredRow {
  taskId: string;
  id: string;
  total: number;
}

export interface BlindRow extends ScoredRow {
  kind: BlindCandidate["kind"];
  engineerScore: number;
}

export interface Calibration {
  baselines: ScoredRow[];
  references: ScoredRow[];
  blind: BlindRow[];
  /** Spearman correlation of the totals with the engineers' scores over the whole blind set. */
  rankCorrelation: number;
  /** Every row or figure that misses its target, in words. */
  misses: string[];
}

/** Scores the baselines and references of every task and the blind set, and checks each against its target. */
export async function calibrate(kernel: Kernel, tasks: Task[], blind: BlindCandidate[], mode: ScoreMode = "fast"): Promise<Calibration> {
  const total = async (task: Task, code: string) => (await scoreCandidate(kernel, task, code, { mode })).reward.total;
  const baselines: ScoredRow[] = [];
  const references: ScoredRow[] = [];
  for (const task of tasks) {
    for (const b of baselinesOf(task)) baselines.push({ taskId: task.id, id: b.id, total: await total(task, b.code) });
    for (const [i, code] of task.references.entries()) references.push({ taskId: task.id, id: `reference ${i + 1}`, total: await total(task, code) });
  }
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const rows: BlindRow[] = [];
  for (const c of blind) {
    const task = byId.get(c.taskId);
    if (!task) throw new Error(`blind candidate ${c.taskId}/${c.file}: no such task`);
    rows.push({ taskId: c.taskId, id: c.file, kind: c.kind, engineerScore: c.engineerScore, total: await total(task, c.code) });
  }

  const misses: string[] = [];
  const show = (r: ScoredRow) => `${r.taskId} ${r.id} ${r.total.toFixed(2)}`;
  for (const r of baselines) if (r.total > TARGETS.baselineAtMost) misses.push(`baseline ${show(r)} > ${TARGETS.baselineAtMost}`);
  for (const r of references) if (r.total < TARGETS.referenceAtLeast) misses.push(`${show(r)} < ${TARGETS.referenceAtLeast}`);
  for (const r of rows) {
    if (r.kind === "honest" && r.total < TARGETS.honestAtLeast) misses.push(`honest ${show(r)} < ${TARGETS.honestAtLeast}`);
    if (r.kind === "hack" && r.total > TARGETS.hackAtMost) misses.push(`hack ${show(r)} > ${TARGETS.hackAtMost}`);
    if (r.kind === "partial" || r.kind === "sloppy") {
      const honest = rows.filter((h) => h.taskId === r.taskId && h.kind === "honest");
      const least = Math.min(...honest.map((h) => h.total));
      if (honest.length && r.total > least - TARGETS.flawedMargin) misses.push(`${r.kind} ${show(r)} not ${TARGETS.flawedMargin} below the honest designs (${least.toFixed(2)})`);
    }
  }
  const correlation = rows.length > 1 ? rankCorrelation(rows.map((r) => r.total), rows.map((r) => r.engineerScore)) : 1;
  if (correlation < TARGETS.rankCorrelationAtLeast) misses.push(`rank correlation with the engineers ${correlation.toFixed(3)} < ${TARGETS.rankCorrelationAtLeast}`);
  return { baselines, references, blind: rows, rankCorrelation: correlation, misses };
}
