import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "acorn";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { scoreCandidate } from "./index";
import { readEditability } from "./editability";
import { AXIS_ROTATIONS } from "./geometry/orientations";

let kernel: Kernel;
let stator: Task;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  const catalogue = await loadCatalogueFromDisk();
  stator = catalogue.tasks.find((t) => t.id === "axial_motor_stator_12_slot")!;
  caster = catalogue.tasks.find((t) => t.id === "caster_wheel_fork")!;
});

type Item = { id: string; satisfied: boolean; measured: Record<string, unknown> };
const items = (r: { metrics: Record<string, Record<string, unknown>> }) => r.metrics.semantic_parts.items as Item[];

describe("checklist measurements on geometry", () => {
  it("an 11-slot stator counts 11 teeth and fails 12-fold symmetry; the bare disk is too round", async () => {
    const eleven = await scoreCandidate(kernel, stator, stator.reference, { mode: "fast", params: { slots: 11 } });
    const byId = Object.fromEntries(items(eleven).map((i) => [i.id, i]));
    expect(byId.twelve_teeth.measured.found).toBe(11);
    expect(byId.twelve_fold.satisfied).toBe(false);
    expect(byId.shaft_opening.satisfied).toBe(true);

    const disk = await scoreCandidate(kernel, stator, stator.seed, { mode: "fast" });
    const diskItems = Object.fromEntries(items(disk).map((i) => [i.id, i]));
    // An unbroken ring of material is one piece, not twelve teeth.
    expect(diskItems.twelve_teeth.measured.found).toBe(1);
    expect(diskItems.twelve_fold.satisfied).toBe(false);
    expect(disk.notes.some((n) => n.includes("finer angles"))).toBe(true);
    expect(diskItems.shaft_opening.measured.found).toBe(0);
  });

  it("through-holes are counted per part, by diameter, and blind holes do not count", async () => {
    const plate = (holes: string) => `const { makeBaseBox, makeCylinder } = replicad;
const main = () => {
  let plate = makeBaseBox(90, 80, 8);
  for (const [x, y, depth] of ${holes}) plate = plate.cut(makeCylinder(4, depth, [x, y, 8 - depth], [0, 0, 1]));
  return [{ shape: plate, name: "mounting plate" }];
};`;
    const four = await scoreCandidate(kernel, caster, plate("[[-35, -30, 8], [35, -30, 8], [-35, 30, 8], [35, 30, 8]]"), { mode: "fast" });
    expect(items(four).find((i) => i.id === "plate_holes")!.measured.found).toBe(4);
    const blind = await scoreCandidate(kernel, caster, plate("[[-35, -30, 8], [35, -30, 4], [-35, 30, 4], [35, 30, 8]]"), { mode: "fast" });
    const holes = items(blind).find((i) => i.id === "plate_holes")!;
    expect(holes.measured.found).toBe(2);
    expect(blind.notes.some((n) => n.startsWith("found 2 through-holes of 3-14 mm along Z in mounting plate"))).toBe(true);
  });
});

describe("editability from the syntax tree", () => {
  it("counts parameters read, bare numbers, helpers, loops and copy-paste", () => {
    const source = `const defaultParams = { width: 10, unused: 3 };
const plate = (p) => replicad.makeBaseBox(p.width, 37, 4);
const main = (r, params) => {
  let s = plate(params);
  s = s.cut(replicad.makeCylinder(3, 20, [11, 13, 0], [0, 0, 1]));
  s = s.cut(replicad.makeCylinder(3, 20, [21, 13, 0], [0, 0, 1]));
  s = s.cut(replicad.makeCylinder(3, 20, [31, 13, 0], [0, 0, 1]));
  return s;
};`;
    const ast = parse(source, { ecmaVersion: "latest" });
    const e = readEditability(ast as never, source, { width: 10, unused: 3 });
    expect(e.usedParams).toEqual(["width"]);
    expect(e.unusedParams).toEqual(["unused"]);
    expect(e.helpers).toBe(1);
    expect(e.loops).toBe(0);
    expect(e.duplicateStatements).toBe(2);
    // 37 and 4 in the box; 3, 20, 11|21|31 and 13 in each cylinder.
    expect(e.bareNumbers).toBe(14);
  });
});

describe("orientations", () => {
  it("are the 24 distinct proper axis rotations", () => {
    expect(new Set(AXIS_ROTATIONS.map((m) => m.join(","))).size).toBe(24);
  });
});
