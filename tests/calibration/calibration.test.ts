import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import type { Kernel } from "../../src/kernel";
import { loadNodeKernel } from "../../src/kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../../src/tasks/loadFromDisk";
import type { Task } from "../../src/tasks/types";
import { calibrate, TARGETS, type Calibration } from "../../src/calibration/calibrate";
import { loadBlindSet } from "../../src/calibration/blindSet";

/**
 * Misses of the blind set that the reward does not yet meet, each with what the scorer lacks.
 * Any other miss fails the suite: the reward may get better, never quietly worse.
 */
const KNOWN_MISSES: Record<string, string> = {
  "bottle_cage_bike honest_b.js":
    "0.63: its bolt-hole cutters run from y = 0 to -30 and end 9.5 mm short of the spine (y -39.5 to -43), so the object has no mounting holes, which its author's 8 did not see",
  "bottle_cage_bike partial.js": "measured against honest_b above",
  "bottle_cage_bike sloppy.js": "measured against honest_b above",
  "desk_lamp_arm_joint partial.js":
    "0.80 against 0.86: without its friction knobs, its headed hinge pins (round, on the joints) play the knobs; a knob is told from a pin's head by nothing the checklist measures. Its missing cable slots cost it half of two items",
  "ergonomic_curvy_chair_1000n hack.js":
    "0.28: a stack of boxes that fills the envelope; the seat and backrest boxes pass as a seat and a backrest (slabs of their size in their place), and the roles it lacks leave it 0.58 of the checklist",
  "phone_stand_adjustable_hinge hack.js":
    "0.35: boxes named for the parts; its base plate, lip and end stops are slabs and blocks of their size in their place, which is what the checklist reads, and its upright back support, which does not lean, misses one extent of three (it spans 17 % of the depth, 30 % asked) and keeps two thirds of that role",
  "robot_gripper_two_finger hack.js":
    "0.48: twelve boxes laid out as a gripper; flange plate, palm block, bar links and plate pads in their places pass, and only the missing holes and square bosses cost it",
  "shaft_torque_clamp_120nm honest_b.js":
    "0.49: one fused body holds the root, the arm and half the boss, and a bolted cap the other half: no one solid is the round boss, so the cap screws and the shaft proxy play it at a quarter and no bore through it is found; its short mount bolts also end below the probe of the twin bolt heads, which the shaft proxy's height places",
  "shaft_torque_clamp_120nm partial.js": "measured against honest_b above",
};

const missKey = (miss: string) => /^(?:honest|hack|partial|sloppy) (\S+ \S+)/.exec(miss)?.[1] ?? miss;

let kernel: Kernel;
let tasks: Task[];
let result: Calibration;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = (await loadCatalogueFromDisk()).tasks;
  const blind = await loadBlindSet(fileURLToPath(new URL("./blind", import.meta.url)));
  result = await calibrate(kernel, tasks, blind, "fast");
  console.log(
    [
      `calibration: ${result.baselines.length} baselines (max ${Math.max(...result.baselines.map((r) => r.total)).toFixed(3)}),`,
      `${result.references.length} references (min ${Math.min(...result.references.map((r) => r.total)).toFixed(3)}),`,
      `${result.blind.length} blind candidates, rank correlation ${result.rankCorrelation.toFixed(3)}`,
      ...result.misses.map((m) => `  miss: ${m}`),
    ].join("\n"),
  );
}, 900_000);

describe("calibration over every task", () => {
  it("covers all 24 tasks with two references each, and the blind set every task with at least two honest designs and one of each other kind", () => {
    expect(tasks).toHaveLength(24);
    for (const task of tasks) expect(task.references.length, task.id).toBeGreaterThanOrEqual(2);
    const blindTasks = new Set(result.blind.map((r) => r.taskId));
    expect([...blindTasks].sort()).toEqual(tasks.map((t) => t.id).sort());
    for (const id of blindTasks) {
      const count = (kind: string) => result.blind.filter((r) => r.taskId === id && r.kind === kind).length;
      expect([count("honest"), count("partial"), count("sloppy"), count("hack")].map((n, i) => n >= (i === 0 ? 2 : 1)), id).toEqual([true, true, true, true]);
    }
  });

  it(`every baseline made from the task alone totals at most ${TARGETS.baselineAtMost}`, () => {
    const over = result.baselines.filter((r) => r.total > TARGETS.baselineAtMost).map((r) => `${r.taskId} ${r.id} ${r.total}`);
    expect(over).toEqual([]);
  });

  it(`every reference totals at least ${TARGETS.referenceAtLeast}`, () => {
    const under = result.references.filter((r) => r.total < TARGETS.referenceAtLeast).map((r) => `${r.taskId} ${r.id} ${r.total}`);
    expect(under).toEqual([]);
  });

  it(`ranks the blind set like the engineers (Spearman at least ${TARGETS.rankCorrelationAtLeast})`, () => {
    expect(result.rankCorrelation).toBeGreaterThanOrEqual(TARGETS.rankCorrelationAtLeast);
  });

  it("meets every blind target except the listed known misses", () => {
    const unknown = result.misses.filter((m) => !m.startsWith("baseline") && !m.startsWith("rank") && !(missKey(m) in KNOWN_MISSES));
    expect(unknown).toEqual([]);
  });

  it("lists no known miss that is met: the list stays what the reward still gets wrong", () => {
    const missed = new Set(result.misses.map(missKey));
    expect(Object.keys(KNOWN_MISSES).filter((key) => !missed.has(key))).toEqual([]);
  });
});
