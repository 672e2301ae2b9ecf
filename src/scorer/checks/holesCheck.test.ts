import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { Task } from "../../tasks/types";
import type { ThroughHolesItem } from "../../tasks/checklist";
import { scoreCandidate } from "../index";

let kernel: Kernel;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});

type Item = { id: string; measured: { found: number; diameters_mm: number[]; other_holes_mm: number[] } };

describe("through-holes", () => {
  it("counts concave cylinder walls whose axis clears the part; bosses, rounded edges and a slot's rounded corners, though cylinders, are no holes", async () => {
    const item: ThroughHolesItem = { id: "holes", kind: "through_holes", label: "four bolt holes", count: 4, diameter_mm: [3, 14], axis: "z" };
    const task: Task = { ...caster, checklist: [item] };
    const source = `const { drawRoundedRectangle, makeBaseBox, makeCylinder } = replicad;
const main = () => {
  // Rounded vertical edges (5 mm, convex) and a 20 mm boss on top (convex).
  let plate = makeBaseBox(90, 80, 8).fillet(5, (e) => e.inDirection("Z"));
  plate = plate.fuse(makeCylinder(10, 12, [0, 0, 8], [0, 0, 1]));
  // Two plain 8 mm holes, one 8 mm hole counterbored 14 mm for 3 mm, one 6 mm hole through the boss.
  for (const [x, y] of [[-35, -30], [35, -30], [-35, 30]]) plate = plate.cut(makeCylinder(4, 8, [x, y, 0], [0, 0, 1]));
  plate = plate.cut(makeCylinder(7, 3, [-35, 30, 5], [0, 0, 1]));
  plate = plate.cut(makeCylinder(3, 20, [0, 0, 0], [0, 0, 1]));
  // A 7 x 40 mm slot with 3.3 mm corners: its four rounded corners, a quarter turn each, are no holes.
  plate = plate.cut(drawRoundedRectangle(7, 40, 3.3).sketchOnPlane("XY").extrude(8).translate([20, 0, 0]));
  // A 10 mm hole along X: through, but not along the item's axis.
  plate = plate.cut(makeCylinder(5, 90, [-45, 10, 4], [1, 0, 0]));
  // A lug whose section is a circular segment: its one wall is a 10 mm convex cylinder whose
  // axis runs clear of the lug, beside it.
  const lug = makeCylinder(5, 8, [42, 0, 0], [0, 0, 1]).intersect(makeBaseBox(10, 20, 8).translate([50, 0, 0]));
  return [{ shape: plate, name: "mounting plate" }, { shape: lug, name: "lug" }];
};`;
    const result = await scoreCandidate(kernel, task, source, { mode: "fast" });
    expect(result.ok).toBe(true);
    const holes = (result.metrics.semantic_parts.items as Item[])[0];
    expect(holes.measured.diameters_mm.slice().sort((a, b) => a - b)).toEqual([6, 8, 8, 8]);
    expect(holes.measured.other_holes_mm).toEqual([]);
    expect(holes.measured.found).toBe(4);
  });

  it("with through: false, a blind hole up a post counts and a concave fillet, a quarter turn of a cylinder, does not", async () => {
    const item: ThroughHolesItem = { id: "holes", kind: "through_holes", label: "a screw hole up each post", count: 2, diameter_mm: [2.5, 6], axis: "z", through: false };
    const task: Task = { ...caster, checklist: [item] };
    const source = `const { makeBaseBox, makeCylinder } = replicad;
const main = () => {
  // Two posts on a bar, each with a 4 mm hole 10 mm deep from below; the bar's long edges are
  // rounded inside where the posts meet it (a concave fillet where the two blocks join).
  let handle = makeBaseBox(120, 12, 6).translate([0, 0, 20]);
  for (const x of [-50, 50]) handle = handle.fuse(makeCylinder(6, 20, [x, 0, 0], [0, 0, 1]));
  const step = makeBaseBox(120, 30, 10).fuse(makeBaseBox(120, 10, 20)).fillet(3, (e) => e.inDirection("X").inBox([-70, -6, 9], [70, 6, 11]));
  for (const x of [-50, 50]) handle = handle.cut(makeCylinder(2, 10, [x, 0, 0], [0, 0, 1]));
  return [{ shape: handle, name: "handle" }, { shape: step.translate([0, 40, 0]), name: "step" }];
};`;
    const blind = await scoreCandidate(kernel, task, source, { mode: "fast" });
    expect(blind.ok).toBe(true);
    const found = (blind.metrics.semantic_parts.items as Item[])[0].measured;
    expect(found.diameters_mm).toEqual([4, 4]);
    const through = await scoreCandidate(kernel, { ...task, checklist: [{ ...item, through: true }] }, source, { mode: "fast" });
    expect((through.metrics.semantic_parts.items as Item[])[0].measured.found).toBe(0);
  });

  it("with countersunk: true, counts only holes whose mouth is a cone about the same axis, chamfered or revolved", async () => {
    const item: ThroughHolesItem = { id: "holes", kind: "through_holes", label: "four countersunk screw holes", count: 4, diameter_mm: [3, 6], axis: "z", countersunk: true };
    const task: Task = { ...caster, checklist: [item] };
    const source = `const { makeBaseBox, makeCylinder, draw } = replicad;
const main = () => {
  let leaf = makeBaseBox(120, 40, 5);
  // Two holes chamfered at the top, one countersunk by a revolved cone-and-shank cutter, two plain.
  for (const x of [-45, -25, 25, 45]) leaf = leaf.cut(makeCylinder(2, 5, [x, 0, 0], [0, 0, 1]));
  leaf = leaf.chamfer(2, (e) => e.inPlane("XY", 5).ofCurveType("CIRCLE").inBox([-50, -5, 4], [-20, 5, 6]));
  const cutter = draw([0, -1]).hLineTo(2).vLineTo(3).lineTo([4, 5]).vLineTo(6).hLineTo(0).close().sketchOnPlane("XZ").revolve();
  leaf = leaf.cut(cutter);
  return [{ shape: leaf, name: "leaf" }];
};`;
    const result = await scoreCandidate(kernel, task, source, { mode: "fast" });
    expect(result.ok).toBe(true);
    const holes = (result.metrics.semantic_parts.items as (Item & { measured: { without_countersink: number } })[])[0];
    expect(holes.measured.found).toBe(3);
    expect(holes.measured.without_countersink).toBe(2);
    expect(result.notes.join("\n")).toContain("found 3 countersunk through-holes of 3-6 mm along Z; the task asks for 4 (2 without a countersink): four countersunk screw holes");
  });
});
