import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildModel, WasmScope, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { isDeleted } from "../../tests/support/isDeleted";
import { buildFailureOf } from "../../tests/support/buildFailure";
import { cadQueryFacts } from "./programFacts";

/*
 * The Workplane's curves, revolve, twistExtrude and wedge beyond CadQuery's own tests: outlines
 * with arcs behave like outlines of lines (holes nest, cuts go through), every object a curve
 * build makes is freed, and what we cannot honour fails at its line, naming the argument.
 */

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const facts = (body: string) => cadQueryFacts(kernel, body);

describe("outlines with curves", () => {
  it("nest like outlines of lines: a circle inside a slot is a hole, a slot outline cuts through a plate", async () => {
    const f = await facts(`r = Workplane().slot2D(10, 4).circle(1).extrude(2)
print("faces", r.faces().size())
print("v", r.val().Volume())
plate = Workplane().box(20, 20, 2).faces(">Z").workplane().moveTo(-3, 0).threePointArc((0, 3), (3, 0)).close().cutThruAll()
print("plate", plate.val().Volume())
print("plateFaces", plate.faces().size())
result = r`);
    // A slot of 10 by 4: a 6 x 4 rectangle and a disc of radius 2, less the hole of radius 1.
    expect(f.v).toBeCloseTo(2 * (6 * 4 + Math.PI * 4 - Math.PI), 6);
    // Top, bottom, two flat and two round sides, the hole's wall.
    expect(f.faces).toBe(7);
    expect(f.plate).toBeCloseTo(2 * (400 - (Math.PI * 9) / 2), 6);
    expect(f.plateFaces).toBe(8);
  });

  it("close() after lines and arcs mixed, and a path that returns to its start extrudes without close()", async () => {
    const f = await facts(`a = Workplane().lineTo(4, 0).threePointArc((6, 2), (4, 4)).lineTo(0, 4).close().extrude(1)
print("a", a.val().Volume())
b = Workplane().polyline([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)]).extrude(1)
print("b", b.val().Volume())
result = a`);
    expect(f.a).toBeCloseTo(16 + Math.PI * 2, 6);
    expect(f.b).toBeCloseTo(16, 6);
  });

  it("a profile with a hole revolves into a hollow ring; revolve takes the axis in workplane coordinates", async () => {
    const f = await facts(`ring = Workplane("XZ").center(10, 0).rect(4, 4).circle(1).revolve(360, (-10, 0), (-10, 1))
print("v", ring.val().Volume())
bb = ring.val().BoundingBox()
print("zlen", bb.zlen)
print("xlen", bb.xlen)
half = Workplane("XY").moveTo(5, 0).circle(1).revolve(180, (0, 0), (0, 1))
print("half", half.val().Volume())
result = ring`);
    // Pappus: (square less disc) times the path of its centre at 10 from the axis.
    expect(f.v).toBeCloseTo((16 - Math.PI) * 2 * Math.PI * 10, 4);
    expect(f.xlen).toBeCloseTo(24, 6);
    expect(f.zlen).toBeCloseTo(4, 6);
    expect(f.half).toBeCloseTo(Math.PI * 1 * Math.PI * 5, 4);
  });

  it("mirrorY joins a path to its reflection across the y axis; mirrorX of a closed outline adds its mirror image", async () => {
    const f = await facts(`a = Workplane().moveTo(0, 0).lineTo(3, 0).threePointArc((4, 1), (3, 2)).lineTo(0, 2).mirrorY().extrude(1)
print("a", a.val().Volume())
print("solidsA", a.solids().size())
b = Workplane().pushPoints([(0, 3)]).rect(2, 2).mirrorX().extrude(1)
print("solidsB", b.solids().size())
bb = b.val().BoundingBox()
print("ymin", bb.ymin)
result = a`);
    expect(f.a).toBeCloseTo(2 * (6 + Math.PI / 2), 6);
    expect(f.solidsA).toBe(1);
    expect(f.solidsB).toBe(2);
    expect(f.ymin).toBeCloseTo(-4, 6);
  });
});

describe("what a curve build makes", () => {
  it("is recorded by the build's scope and all freed on dispose", async () => {
    const recorded: { wrapped: unknown }[] = [];
    const record = WasmScope.prototype.record;
    vi.spyOn(WasmScope.prototype, "record").mockImplementation(function (this: WasmScope, obj) {
      recorded.push(obj as unknown as { wrapped: unknown });
      return record.call(this, obj);
    });
    const outcome = await buildModel(
      kernel,
      `import cadquery as cq
body = cq.Workplane().lineTo(2, 0).spline([(3, 1), (2, 2)], includeCurrent=True).ellipseArc(1, 0.5, 0, 90).tangentArcPoint((-1, -1)).close().extrude(1)
turned = cq.Workplane("XZ").moveTo(4, 0).sagittaArc((6, 0), 1).close().revolve(270)
twisted = cq.Workplane().slot2D(3, 1).mirrorX().twistExtrude(2, 30)
result = body.union(turned).union(cq.Workplane().wedge(1, 1, 1, 0.2, 0.2, 0.8, 0.8))
`,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(recorded.length).toBeGreaterThan(20);
    expect(isDeleted(outcome.model.parts[0].shape)).toBe(false);
    outcome.model.dispose();
    expect(recorded.filter((obj) => !isDeleted(obj))).toEqual([]);
  });
});

describe("what the curves cannot honour fails at its line, naming it, and the next build works", () => {
  const cases: [string, string, RegExp][] = [
    ["a periodic spline with tangents", `result = cq.Workplane().spline([(0, 0), (1, 1), (2, 0)], tangents=[(1, 0), (1, 0)], periodic=True)`, /spline\(periodic=True\) with tangents= is not supported/],
    ["a parameter too many", `result = cq.Workplane().spline([(0, 0), (1, 1), (2, 0)], parameters=[0, 1, 2, 3])`, /Parameter count: 4, point count: 3/],
    ["a tangent too many", `result = cq.Workplane().spline([(0, 0), (1, 1), (2, 0)], tangents=[(1, 0), (1, 0), (1, 0), (1, 0)])`, /Tangent count: 4, point count: 3/],
    ["a gap before a spline", `result = cq.Workplane().lineTo(1, 0).spline([(3, 3), (4, 0)])`, /starts at \(3, 3\) but the path drawn so far ends at \(1, 0\)/],
    ["a radius too small", `result = cq.Workplane().radiusArc((10, 0), 2)`, /radius 2 is not large enough/],
    ["a tangent arc with nothing before it", `result = cq.Workplane().tangentArcPoint((1, 1))`, /needs the previous object to be an edge/],
    ["a mirror the path cannot join", `result = cq.Workplane().moveTo(1, 1).lineTo(2, 2).mirrorX()`, /touches the X axis at neither end/],
    ["an arc through three points on a line", `result = cq.Workplane().threePointArc((1, 0), (2, 0))`, /on one line/],
    ["a 3D point", `result = cq.Workplane().threePointArc((1, 1, 1), (2, 0))`, /off the workplane/],
  ];
  for (const [what, line, message] of cases) {
    it(`${what}: kernel_error at line 2`, async () => {
      const f = await buildFailureOf(kernel, `import cadquery as cq\n${line}\n`);
      expect(f).toMatchObject({ class: "kernel_error", line: 2 });
      expect(f.message).toMatch(message);
    });
  }

  it("after a failed curve build, the same interpreter builds the next program", async () => {
    await buildFailureOf(kernel, "import cadquery as cq\nresult = cq.Workplane().lineTo(1, 0).spline([(3, 3), (4, 0)])\n");
    const f = await facts(`result = Workplane().sagittaArc((4, 0), 1).close().extrude(1)\nprint("solids", result.solids().size())`);
    expect(f.solids).toBe(1);
  });
});
