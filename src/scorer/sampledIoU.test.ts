import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { loadManifold } from "./geometry/manifold";
import { measureModel } from "./geometry/modelGeometry";
import { AXIS_ROTATIONS } from "./geometry/orientations";
import { estimatedIoU, normalise, volumetricIoU, type NormalisedShape } from "./referenceSimilarity";

let kernel: Kernel;
let tasks: Task[];

beforeAll(async () => {
  kernel = await loadNodeKernel();
  await loadManifold();
  tasks = (await loadCatalogueFromDisk()).tasks;
});

/** The model normalised both ways: with its manifold-3d union (full mode) and with its surfaces only (fast mode). */
async function normalised(source: string): Promise<{ exact: NormalisedShape; sampled: NormalisedShape }> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  const geometry = measureModel(outcome.model, false);
  try {
    return { exact: normalise(geometry, 16, true), sampled: normalise(geometry, 16, false) };
  } finally {
    geometry.dispose();
    outcome.model.dispose();
  }
}

describe("sampled volumetric IoU (fast mode)", () => {
  it("is within 0.02 of the exact manifold-3d IoU for references and seeds in several orientations, and the same every run", async () => {
    // Multi-part models with thin features (legs, leaves, a pin) and a wheel on a fork.
    for (const id of ["caster_wheel_fork", "hinge_leaf_barrel", "four_leg_chair_700n"]) {
      const task = tasks.find((t) => t.id === id)!;
      const reference = await normalised(task.reference);
      const seed = await normalised(task.seed);
      for (const [candidate, label] of [[reference, "reference"], [seed, "seed"]] as const) {
        for (const index of [0, 3, 10, 17]) {
          const m = AXIS_ROTATIONS[index];
          const exact = volumetricIoU(candidate.exact.solid, reference.exact.solid, m);
          const sampled = estimatedIoU(candidate.sampled, reference.sampled, m);
          expect(Math.abs(sampled - exact), `${id} ${label} orientation ${index}: exact ${exact}, sampled ${sampled}`).toBeLessThan(0.02);
          expect(estimatedIoU(candidate.sampled, reference.sampled, m)).toBe(sampled);
        }
      }
      for (const shape of [reference, seed]) shape.exact.solid?.delete();
    }
  });

  it("counts two overlapping parts once, as the union does", async () => {
    const box = "drawRoundedRectangle(30, 20, 3).sketchOnPlane().extrude(10)";
    const single = await normalised(`const { drawRoundedRectangle } = replicad;\nconst main = () => ${box};`);
    const twice = await normalised(`const { drawRoundedRectangle } = replicad;\nconst main = () => [{ name: "a", shape: ${box} }, { name: "b", shape: ${box}.translate(0, 0, 5) }];`);
    const m = AXIS_ROTATIONS[0];
    const exact = volumetricIoU(twice.exact.solid, single.exact.solid, m);
    // The union is 15 mm high, the one box 10: counted twice, the overlap would be lost or doubled.
    expect(exact).toBeLessThan(0.95);
    expect(Math.abs(estimatedIoU(twice.sampled, single.sampled, m) - exact)).toBeLessThan(0.02);
    single.exact.solid?.delete();
    twice.exact.solid?.delete();
  });
});
