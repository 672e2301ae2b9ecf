import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { scoreCandidate } from "../scorer";
import { loadCatalogueFromDisk } from "./loadFromDisk";
import type { Catalogue, Task } from "./types";

// The 24 tasks of the seed system, every one held to the same bar.
const CATALOGUE_TASKS = [
  "caster_wheel_fork",
  "axial_motor_stator_12_slot",
  "table_six_leg_500n",
  "four_leg_chair_700n",
  "wall_j_hook_120n",
  "shelf_bracket_triangular_200n",
  "drawer_handle_two_bolt",
  "bike_accessory_mount_120n",
  "shaft_torque_clamp_120nm",
  "lightweight_truss_support_250n",
  "phone_stand_adjustable_hinge",
  "robot_servo_bracket",
  "ergonomic_curvy_chair_1000n",
  "folding_step_stool",
  "bench_vise_simplified",
  "micro_drone_frame",
  "gearbox_housing_split",
  "bottle_cage_bike",
  "laptop_riser_vented",
  "pipe_clamp_saddle",
  "hinge_leaf_barrel",
  "cable_clip_snap",
  "desk_lamp_arm_joint",
  "robot_gripper_two_finger",
];

let kernel: Kernel;
let catalogue: Catalogue;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  catalogue = await loadCatalogueFromDisk();
});

const taskById = (id: string): Task => {
  const task = catalogue.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`task ${id} did not load: ${JSON.stringify(catalogue.errors.filter((e) => e.taskId === id))}`);
  return task;
};

describe("catalogue content", () => {
  it("loads every task folder without errors, all 24 seed tasks among them", () => {
    expect(catalogue.errors).toEqual([]);
    const ids = catalogue.tasks.map((t) => t.id);
    for (const id of CATALOGUE_TASKS) expect(ids).toContain(id);
  });

  for (const id of CATALOGUE_TASKS) {
    it(`${id}: the reference meets its whole checklist and totals at least 0.9 in full mode; the seed totals lower`, async () => {
      const task = taskById(id);
      const reference = await scoreCandidate(kernel, task, task.reference, { mode: "full" });
      expect(reference.failure).toBeNull();
      const items = (reference.metrics.semantic_parts as { items: { id: string; satisfied: boolean }[] }).items;
      expect(items.filter((i) => !i.satisfied).map((i) => i.id)).toEqual([]);
      expect(reference.reward.total).toBeGreaterThanOrEqual(0.9);
      for (const dim of ["topology", "contact", "semantic_parts", "editability", "efficiency"] as const) {
        expect(reference.reward[dim], dim).toBeGreaterThan(0.8);
      }
      const seed = await scoreCandidate(kernel, task, task.seed, { mode: "full" });
      expect(seed.ok).toBe(true);
      expect(seed.reward.total).toBeLessThan(reference.reward.total - 0.3);
      // Two full scores, each building and measuring both references in full mode the first time:
      // 11 s for the heaviest task on a quiet machine, 90 s with the cores four times oversubscribed.
    });
  }

  for (const id of CATALOGUE_TASKS) {
    it(`${id}: the trajectory builds or fails as declared, and every build outscores the one before`, async () => {
      const task = taskById(id);
      expect(task.trajectory.length).toBeGreaterThanOrEqual(3);
      expect(task.trajectory[task.trajectory.length - 1].builds).toBe(true);
      let previousBuilt = -Infinity;
      for (const [i, step] of task.trajectory.entries()) {
        const result = await scoreCandidate(kernel, task, step.code, { mode: "fast" });
        expect(result.ok, `${step.file} ${JSON.stringify(result.failure)}`).toBe(step.builds);
        if (!step.builds) {
          // A failing step is always followed by the step that repairs it.
          expect(task.trajectory[i + 1]?.builds, `${step.file} is not repaired by the next step`).toBe(true);
          continue;
        }
        expect(result.reward.total, `${step.file} after ${previousBuilt}`).toBeGreaterThan(previousBuilt);
        previousBuilt = result.reward.total;
      }
    });
  }

  it("at least six trajectories include a step that fails to build", () => {
    const withFailure = CATALOGUE_TASKS.filter((id) => taskById(id).trajectory.some((s) => !s.builds));
    expect(withFailure.length).toBeGreaterThanOrEqual(6);
  });
});
