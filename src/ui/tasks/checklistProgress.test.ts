import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import { scoreCandidate } from "../../scorer";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { Task } from "../../tasks/types";
import { checklistProgress } from "./checklistProgress";

let kernel: Kernel;
let clip: Task;
let hook: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  const { tasks } = await loadCatalogueFromDisk();
  clip = tasks.find((t) => t.id === "cable_clip_snap")!;
  hook = tasks.find((t) => t.id === "wall_j_hook_120n")!;
});

describe("checklist progress from a real score", () => {
  it("the cable clip's seed (a bare pad): envelope met, one of two arms, no hole, no named parts", async () => {
    const score = await scoreCandidate(kernel, clip, clip.seed, { mode: "fast" });
    const byId = Object.fromEntries(checklistProgress(clip.checklist, score).map((p) => [p.id, p]));
    expect(Object.keys(byId)).toEqual(clip.checklist.map((i) => i.id));
    expect(byId.envelope).toMatchObject({ state: "satisfied", detail: "45 × 20 × 3 mm, fits" });
    expect(byId.two_arms).toMatchObject({ state: "partial", detail: "1 of 2 snap arms" });
    expect(byId.screw_hole).toMatchObject({ state: "missing", detail: "0 of 1 hole" });
    expect(byId.base_pad).toMatchObject({ state: "missing", detail: "nothing plays this role" });
  });

  it("the hook's reference meets every item and says what it measured", async () => {
    const score = await scoreCandidate(kernel, hook, hook.reference, { mode: "fast" });
    const progress = checklistProgress(hook.checklist, score);
    expect(progress.map((p) => p.state)).toEqual(hook.checklist.map(() => "satisfied"));
    const holes = progress.find((p) => p.kind === "through_holes")!;
    expect(holes.detail).toMatch(/^(\d+) of \1 holes$/);
    const plate = progress.find((p) => p.id === "wall_plate")!;
    expect(plate.detail).toMatch(/^[\w ]+: \d+ % of the volume$/);
  });

  it("a model of drawings alone meets nothing, and says it has no solid rather than that it did not build", async () => {
    const score = await scoreCandidate(kernel, clip, "const main = () => replicad.drawCircle(5);", { mode: "fast" });
    const broken = await scoreCandidate(kernel, clip, "const main = () => 42;", { mode: "fast" });
    expect(new Set(checklistProgress(clip.checklist, score).map((p) => `${p.state}: ${p.detail}`))).toEqual(new Set(["failed: no solid to measure"]));
    expect(new Set(checklistProgress(clip.checklist, broken).map((p) => `${p.state}: ${p.detail}`))).toEqual(new Set(["failed: the code did not build"]));
  });

  it("a named part too small for its share says what it lacks", async () => {
    const tiny = `const { makeBaseBox } = replicad;
const main = () => [
  { shape: makeBaseBox(45, 20, 3), name: "body" },
  { shape: makeBaseBox(2, 2, 0.5).translate([30, 0, 0]), name: "base pad" },
];`;
    const score = await scoreCandidate(kernel, clip, tiny, { mode: "fast" });
    const pad = checklistProgress(clip.checklist, score).find((p) => p.id === "base_pad")!;
    // In its place and flat, but neither big enough nor long enough: nothing of the role is met.
    expect(pad.state).toBe("missing");
    expect(pad.detail).toMatch(/^base pad: 0 % of the volume \(needs 20 %, too short along X\)$/);
  });

  it("a part named for a small role but far from small says it is too big", async () => {
    const bracket = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "robot_servo_bracket")!;
    const block = `const { makeBox } = replicad;
const main = () => [
  { shape: makeBox([-23, -13, 0], [23, 13, 2]), name: "floor" },
  { shape: makeBox([-23, -13, 2], [-21, 13, 28]), name: "wall" },
  { shape: makeBox([21, -13, 2], [23, 13, 28]), name: "wall" },
  { shape: makeBox([-20, -12, 14], [20, 12, 26]), name: "stiffening rib" },
];`;
    const score = await scoreCandidate(kernel, bracket, block, { mode: "fast" });
    const rib = checklistProgress(bracket.checklist, score).find((p) => p.id === "stiffening_rib")!;
    expect(rib.detail).toMatch(/^stiffening rib: \d+ % of the volume \(at most 10 %\)$/);
    expect(rib.state).not.toBe("satisfied");
  });

  it("code that does not build meets nothing; no score yet means checking", async () => {
    const score = await scoreCandidate(kernel, clip, "const main = () => makeBaseBox(1, 2, 3);", { mode: "fast" });
    expect(score.ok).toBe(false);
    expect(checklistProgress(clip.checklist, score).map((p) => p.state)).toEqual(clip.checklist.map(() => "failed"));
    expect(checklistProgress(clip.checklist, null).map((p) => [p.state, p.detail])).toEqual(clip.checklist.map(() => ["checking", ""]));
  });
});
