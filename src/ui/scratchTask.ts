import type { Task } from "../tasks/types";

/** Stands in when the bundled catalogue has no task, so the workbench still opens on a model. */
export const scratchTask: Task = {
  id: "scratch",
  level: "easy",
  family: "scratch",
  prompt: "Free modelling: no task is bundled with this build.",
  envelope: { x: 100, y: 100, z: 100 },
  expectedComponents: null,
  checklist: [],
  reference: "",
  references: [],
  seed: `const { makeBaseBox } = replicad;

const defaultParams = { width: 60, depth: 40, height: 10 };

const main = (r, { width, depth, height }) => makeBaseBox(width, depth, height);
`,
  trajectory: [],
};
