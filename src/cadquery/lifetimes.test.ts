import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { isDeleted } from "../../tests/support/isDeleted";
import { watchRecorded } from "../../tests/support/watchRecorded";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const PLATE = `import cadquery as cq
plate = cq.Workplane("XY").box(40, 30, 5).faces(">Z").workplane().rarray(20, 10, 2, 2).hole(3)
plate = plate.edges("|Z").fillet(2).faces(">Z").workplane().cboreHole(4, 8, 1)
result = plate.union(cq.Workplane("XY").cylinder(10, 4).translate((0, 0, 7)))
`;

describe("what a CadQuery build makes", () => {
  it("is recorded by the build's scope, every intermediate shape, and all of it is freed on dispose", async () => {
    const recorded = watchRecorded();
    const outcome = await buildModel(kernel, PLATE);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // Faces and edges the selectors read, drawings, sketches, holes' tools, each boolean's result.
    expect(recorded.length).toBeGreaterThan(50);
    expect(isDeleted(outcome.model.parts[0].shape)).toBe(false);
    outcome.model.dispose();
    expect(recorded.filter((obj) => !isDeleted(obj))).toEqual([]);
  });

  it("is freed when the build fails half-way", async () => {
    const recorded = watchRecorded();
    const outcome = await buildModel(kernel, "import cadquery as cq\nplate = cq.Workplane().box(4, 4, 4).faces('>Z').workplane().hole(1)\nresult = plate.nothing()\n");
    expect(outcome.ok).toBe(false);
    expect(recorded.length).toBeGreaterThan(5);
    expect(recorded.filter((obj) => !isDeleted(obj))).toEqual([]);
  });

  it("frees a sketch's drawings and measured faces and an assembly's placed copies with the build", async () => {
    const recorded = watchRecorded();
    const source = `import cadquery as cq
s = cq.Sketch().rect(10, 6).push([(-2, 0), (2, 0)]).circle(1, mode="s").reset().vertices().fillet(0.5)
print(len(s.faces().vals()))
block = cq.Workplane().placeSketch(s).extrude(3)
arch = cq.Workplane("XZ").sketch().segment((0, 0), (4, 0)).arc((2, 2), (0, 0)).assemble().finalize().extrude(1)
assy = cq.Assembly().add(block, name="block").add(arch, name="arch", loc=cq.Location((0, 0, 5), (0, 0, 1), 45))
result = assy
`;
    const outcome = await buildModel(kernel, source);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.model.parts.map((p) => p.name)).toEqual(["block", "arch"]);
    expect(recorded.length).toBeGreaterThan(20);
    outcome.model.dispose();
    expect(recorded.filter((obj) => !isDeleted(obj))).toEqual([]);
  });
});
