import type { PartItem } from "../tasks/checklist";
import type { Task } from "../tasks/types";

/** A candidate made from the task alone, with no design in it: what a reward must not pay for. */
export interface Baseline {
  id: "envelope_box" | "envelope_cylinder" | "named_slabs" | "named_cubes" | "seed";
  code: string;
}

const fmt = (v: number) => Number(v.toFixed(3));

/** The checklist's part names, in order: what a model gaming the names would return. */
function partNames(task: Task): string[] {
  const names = task.checklist.filter((i): i is PartItem => i.kind === "part").map((i) => i.name);
  return names.length > 0 ? names : ["body"];
}

/**
 * The five baselines of the calibration suite, generated from the task's envelope and checklist:
 * the envelope as a box, the envelope as an upright cylinder, one slab per checklist part stacked
 * to fill the envelope, the part names on 2 mm cubes beside a block, and the task's weak seed.
 */
export function baselinesOf(task: Task): Baseline[] {
  const { x, y, z } = task.envelope;
  const names = partNames(task);
  const slab = z / names.length;
  const slabs = names.map((name, i) => `  { name: ${JSON.stringify(name)}, shape: makeBox([0, 0, ${fmt(i * slab)}], [${x}, ${y}, ${fmt((i + 1) * slab)}]) },`);
  const block = [fmt(x * 0.8), fmt(y * 0.8), fmt(z * 0.8)];
  const cubes = names.map((name, i) => `  { name: ${JSON.stringify(name)}, shape: makeBox([${block[0]}, ${fmt(i * 2.5)}, 0], [${fmt(block[0] + 2)}, ${fmt(i * 2.5 + 2)}, 2]) },`);
  return [
    { id: "envelope_box", code: `const main = () => replicad.makeBox([0, 0, 0], [${x}, ${y}, ${z}]);\n` },
    { id: "envelope_cylinder", code: `const main = () => replicad.makeCylinder(${fmt(Math.min(x, y) / 2)}, ${z}, [0, 0, 0], [0, 0, 1]);\n` },
    { id: "named_slabs", code: `const { makeBox } = replicad;\nconst main = () => [\n${slabs.join("\n")}\n];\n` },
    {
      id: "named_cubes",
      code: `const { makeBox } = replicad;\nconst main = () => [\n  { name: "body", shape: makeBox([0, 0, 0], [${block.join(", ")}]) },\n${cubes.join("\n")}\n];\n`,
    },
    { id: "seed", code: task.seed },
  ];
}
