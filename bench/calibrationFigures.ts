import { fileURLToPath } from "node:url";
import type { Kernel } from "../src/kernel";
import type { Task } from "../src/tasks/types";
import { calibrate, TARGETS } from "../src/calibration/calibrate";
import { loadBlindSet } from "../src/calibration/blindSet";
import type { Figure } from "./figure";

const BLIND_DIR = fileURLToPath(new URL("../tests/calibration/blind", import.meta.url));

/** How truthful the reward is: the calibration suite's figures, each against the target issue 11 set. */
export async function calibrationFigures(kernel: Kernel, tasks: Task[]): Promise<Figure[]> {
  const blind = await loadBlindSet(BLIND_DIR);
  const c = await calibrate(kernel, tasks, blind, "fast");
  const group = "reward calibration (fast)";
  const source = "issue 11";
  const kind = (k: string) => c.blind.filter((r) => r.kind === k);
  const missed = (prefix: string) => c.misses.filter((m) => m.startsWith(prefix)).length;
  return [
    { group, label: "baselines: highest total", value: Math.max(...c.baselines.map((r) => r.total)), unit: "", target: { max: TARGETS.baselineAtMost, source }, note: `${c.baselines.length} baselines of ${tasks.length} tasks` },
    { group, label: "references: lowest total", value: Math.min(...c.references.map((r) => r.total)), unit: "", target: { min: TARGETS.referenceAtLeast, source }, note: `${c.references.length} references` },
    { group, label: "blind honest designs: lowest total", value: Math.min(...kind("honest").map((r) => r.total)), unit: "", target: { min: TARGETS.honestAtLeast, source }, note: `${kind("honest").length} designs, ${missed("honest")} under the target` },
    { group, label: "blind hacks: highest total", value: Math.max(...kind("hack").map((r) => r.total)), unit: "", target: { max: TARGETS.hackAtMost, source }, note: `${kind("hack").length} hacks, ${missed("hack")} over the target` },
    { group, label: "blind partial and sloppy not 0.1 below both honest", value: missed("partial") + missed("sloppy"), unit: "", target: { max: 0, source }, note: `${kind("partial").length + kind("sloppy").length} candidates` },
    { group, label: "rank correlation with the engineers", value: c.rankCorrelation, unit: "", target: { min: TARGETS.rankCorrelationAtLeast, source }, note: `Spearman over ${c.blind.length} blind candidates of ${new Set(c.blind.map((r) => r.taskId)).size} tasks` },
  ];
}
