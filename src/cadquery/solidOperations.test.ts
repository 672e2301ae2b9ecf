import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { measureVolume } from "replicad";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import type { BuildFailure } from "../model/buildFailure";
import { buildFailureOf } from "../../tests/support/buildFailure";
import { isDeleted } from "../../tests/support/isDeleted";
import { watchRecorded } from "../../tests/support/watchRecorded";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** One program through every operation of the solids bridge: lofts, sweeps, shells, placed primitives, locations. */
const EVERY_OPERATION = `import cadquery as cq
from cadquery import Location, Solid, Workplane
funnel = Workplane().rect(20, 20).workplane(offset=10).circle(4).loft()
cup = Workplane().box(10, 10, 5).faces(">Z").shell(-1)
path = Workplane("XZ").polyline([(0, 0), (0, 10), (5, 15)])
pipe = Workplane("XY").circle(2).circle(1).sweep(path, transition="round")
spring = Workplane("XZ").center(5, 0).circle(0.5).sweep(cq.Wire.makeHelix(4, 8, 5), isFrenet=True)
sections = Workplane("YZ").circle(2).workplane(offset=10).rect(2, 2).sweep(Workplane("XZ").lineTo(10, 0), multisection=True)
hollow = Workplane().box(6, 6, 6).shell(1, kind="intersection")
parts = [Solid.makeWedge(4, 4, 4, 1, 1, 3, 3), Solid.makeCone(2, 1, 3, (10, 0, 0)), Solid.makeTorus(5, 1), Solid.makeSphere(2, angleDegrees1=-90)]
placed = Workplane().rect(30, 30, forConstruction=True).vertices().eachpoint(lambda loc: parts[0].moved(loc * Location((0, 0, 0), (0, 0, 1), 45)), combine=False)
halves = Workplane().box(4, 4, 4).faces(">Z").workplane(-2).split(keepTop=True, keepBottom=True)
show_object(funnel, name="funnel")
show_object(cup, name="cup")
show_object(pipe, name="pipe")
show_object(spring, name="spring")
show_object(sections, name="sections")
show_object(hollow, name="hollow")
show_object(cq.Compound.makeCompound(parts).located(Location((0, 40, 0))), name="parts")
show_object(placed, name="placed")
show_object(halves, name="halves")
`;

describe("what the solid operations make", () => {
  it("builds every part of a program using all of them, each valid, and frees everything on dispose", async () => {
    const recorded = watchRecorded();
    const outcome = await buildModel(kernel, EVERY_OPERATION);
    if (!outcome.ok) throw new Error(`${outcome.error.failure.class}: ${outcome.error.failure.message} (line ${outcome.error.failure.line})`);
    const named = Object.fromEntries(outcome.model.parts.map((p) => [p.name, measureVolume(p.shape)]));
    expect(named.hollow).toBeCloseTo(8 ** 3 - 6 ** 3, 3);
    expect(named.pipe).toBeGreaterThan(0);
    expect(named.cup).toBeCloseTo(10 * 10 * 5 - 8 * 8 * 4, 3);
    expect(outcome.model.parts.length).toBe(7 + 4 + 2);
    for (const part of outcome.model.parts) expect(measureVolume(part.shape)).toBeGreaterThan(0);
    expect(outcome.model.parts.every((p) => !isDeleted(p.shape))).toBe(true);
    outcome.model.dispose();
    expect(recorded.length).toBeGreaterThan(50);
    expect(recorded.filter((obj) => !isDeleted(obj))).toEqual([]);
  });

  it("leaves the shapes a program reuses usable: a compound, a moved copy and a copy do not consume them", async () => {
    const outcome = await buildModel(
      kernel,
      `import cadquery as cq
box = cq.Solid.makeBox(1, 1, 1)
both = cq.Compound.makeCompound([box, box.moved(cq.Location((3, 0, 0)))])
again = cq.Compound.makeCompound([box.copy(), box.translate((0, 3, 0))])
result = cq.Workplane().add(both).add(again).add(box)
`,
    );
    if (!outcome.ok) throw new Error(outcome.error.failure.message);
    expect(outcome.model.parts.map((p) => measureVolume(p.shape))).toEqual([2, 2, 1].map((v) => expect.closeTo(v, 6)));
    outcome.model.dispose();
  });

  it("takes Locations as points: pushPoints and the stack place outlines at their translation", async () => {
    const outcome = await buildModel(
      kernel,
      `import cadquery as cq
from cadquery import Location, Vector
disc = cq.Workplane().pushPoints((Location(Vector(1, 1, 0)),)).circle(2).extrude(1)
c = disc.val().Center()
print(c.x, c.y, c.z)
result = disc
`,
    );
    if (!outcome.ok) throw new Error(outcome.error.failure.message);
    expect(outcome.model.logs[0].text.split(" ").map(Number)).toEqual([1, 1, 0.5].map((v) => expect.closeTo(v, 6)));
    outcome.model.dispose();
  });

  it("sweeps along a path drawn with arcs: a disc round a quarter circle has Pappus's volume", async () => {
    const outcome = await buildModel(
      kernel,
      `import cadquery as cq
import math
path = cq.Workplane("XZ").moveTo(10, 0).threePointArc((10 * math.cos(math.pi / 4), 10 * math.sin(math.pi / 4)), (0, 10))
result = cq.Workplane("XY").center(10, 0).circle(1).sweep(path)
`,
    );
    if (!outcome.ok) throw new Error(outcome.error.failure.message);
    // A disc of radius 1 whose centre runs a quarter of a circle of radius 10.
    expect(measureVolume(outcome.model.parts[0].shape)).toBeCloseTo(Math.PI * (Math.PI / 2) * 10, 3);
    outcome.model.dispose();
  });
});

/** The build fails with these fields, and its message holds `text`. */
async function failsAs(source: string, fields: Partial<BuildFailure>, text: string | RegExp): Promise<void> {
  const f = await buildFailureOf(kernel, source);
  expect(f).toMatchObject(fields);
  expect(f.message).toMatch(text);
}

describe("bad input to the solid operations fails clearly, at its line", () => {
  it("a loft of one outline says more than one is needed", async () => {
    await failsAs("import cadquery as cq\nw = cq.Workplane().circle(5)\nresult = w.loft()\n", { line: 3 }, "More than one wire or face is required");
  });

  it("a sweep's transition or path of the wrong kind is named", async () => {
    await failsAs("import cadquery as cq\npath = cq.Workplane('XZ').lineTo(0, 10)\nresult = cq.Workplane().circle(1).sweep(path, transition='sharp')\n", { line: 3 }, "transition='sharp'");
    await failsAs("import cadquery as cq\nresult = cq.Workplane().circle(1).sweep(cq.Workplane().box(1, 1, 1))\n", { line: 2 }, "Wire or Edge instance required");
    await failsAs("import cadquery as cq\nresult = cq.Workplane().circle(1).sweep(cq.Workplane('XZ'))\n", { line: 2 }, "holds no wire");
  });

  it("a keyword CadQuery's method does not take is named, at its line", async () => {
    await failsAs("import cadquery as cq\n\nresult = cq.Workplane().rect(2, 2).workplane(offset=2).circle(1).loft(smooth=True)\n", { line: 3 }, "smooth");
  });

  it("a Location of a form CadQuery lacks says which forms there are", async () => {
    await failsAs("import cadquery as cq\nloc = cq.Location('xy_plane')\nresult = cq.Workplane().box(1, 1, 1)\n", { line: 2 }, /TypeError: Location\(str\) is not a form/);
  });

  it("a closed shell thicker than the solid allows fails in the kernel, and the next build works", async () => {
    await failsAs("import cadquery as cq\nbase = cq.Workplane().box(2, 2, 2)\nresult = base.shell(-1)\n", { class: "kernel_error", line: 3 }, "shell(-1) failed");
    const next = await buildModel(kernel, "import cadquery as cq\nresult = cq.Workplane().box(2, 2, 2).faces('>Z').shell(-0.5)\n");
    expect(next.ok).toBe(true);
    if (next.ok) {
      expect(measureVolume(next.model.parts[0].shape)).toBeCloseTo(8 - 1 * 1 * 1.5, 6);
      next.model.dispose();
    }
  });

  it("a split keeping nothing, eachpoint placing a wire and an unknown export type are ValueErrors saying so", async () => {
    await failsAs("import cadquery as cq\nresult = cq.Workplane().box(2, 2, 2).split(keepTop=False)\n", { line: 2 }, "keep at least one half");
    await failsAs(
      "import cadquery as cq\nwire = cq.Wire.makeCircle(1, (0, 0, 0), (0, 0, 1))\nresult = cq.Workplane().box(10, 10, 1).faces('>Z').rect(7, 7, forConstruction=True).vertices().eachpoint(wire)\n",
      { line: 3 },
      "placing a wire",
    );
    await failsAs("import cadquery as cq\nresult = cq.Workplane().box(1, 1, 1)\ncq.exporters.export(result, 'out.obj', 'OBJ')\n", { line: 3 }, "exportType='OBJ'");
  });
});
