import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { programFacts, programFailure } from "./programFacts";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const failureOf = (source: string) => programFailure(kernel, source);

describe("a Sketch as CAD-Recode writes it", () => {
  it("segments and an arc closed, assembled, finalized and extruded on a turned workplane, a hole pushed into it, a second sketch united", async () => {
    // An arch: 40 x 20 with a half circle of radius 20 on top, a hole of radius 5, drawn in the ZX plane.
    const source = `import cadquery as cq
w0=cq.Workplane('ZX',origin=(0,5,0))
r=w0.sketch().segment((-20,-10),(20,-10)).segment((20,10)).arc((0,30),(-20,10)).close().assemble().push([(0,5)]).circle(5,mode='s').finalize().extrude(10).union(w0.sketch().rect(4,4).finalize().extrude(-3))
bb = r.val().BoundingBox()
for k in ("xmin", "xmax", "ymin", "ymax", "zmin", "zmax"):
    print(k, getattr(bb, k))
print("solids", r.solids().size())
print("faces", r.faces().size())
`;
    const f = await programFacts(kernel, source);
    expect(f.volume).toBeCloseTo(10 * (800 + 175 * Math.PI) + 48, 4);
    // ZX: the sketch's x is the world's z, its y the world's x, its normal the world's y.
    expect([f.printed.xmin, f.printed.xmax, f.printed.zmin, f.printed.zmax]).toEqual([-10, 30, -20, 20].map((v) => expect.closeTo(v, 6)));
    expect(f.printed.ymin).toBeCloseTo(2, 6);
    expect(f.printed.ymax).toBeCloseTo(15, 6);
    // Outline: 3 lines, the arc, the closing line, the hole; 2 caps; the block adds 5 faces and splits none.
    expect(f.printed.solids).toBe(1);
    expect(f.printed.faces).toBe(6 + 2 + 5);
  });

  it("a hole whose arc touches the outline's arc at one point is subtracted (replicad's 2D cut fails there, OCCT's does not)", async () => {
    // Outline: 10 x 10 and a half circle of radius 5 through (15, 5); hole: 9 x 8 and a half circle of radius 4 through (15, 5).
    const f = await programFacts(
      kernel,
      "import cadquery as cq\nw0 = cq.Workplane('XY')\nr = w0.sketch().segment((0,0),(10,0)).arc((15,5),(10,10)).segment((0,10)).close().assemble().reset().face(w0.sketch().segment((2,1),(11,1)).arc((15,5),(11,9)).segment((2,9)).close().assemble(), mode='s').finalize().extrude(2)\nprint('faces', r.faces().size())\n",
    );
    expect(f.volume).toBeCloseTo(2 * (100 + 12.5 * Math.PI - (72 + 8 * Math.PI)), 4);
    expect(f.printed.faces).toBe(2 + 4 + 4);
  });

  it("two outlines whose arcs touch at one point are added, their areas summed", async () => {
    // The outline above, and beside it 6 x 8 with a half circle of radius 4 reaching back to (15, 5).
    const f = await programFacts(
      kernel,
      "import cadquery as cq\ns = cq.Sketch().segment((0,0),(10,0)).arc((15,5),(10,10)).segment((0,10)).close().assemble()\ns = s.face(cq.Sketch().segment((19,1),(25,1)).segment((25,9)).segment((19,9)).arc((15,5),(19,1)).assemble())\nprint('faces', len(s._faces.Faces()))\nprint('area', s._faces.Area())\nresult = cq.Workplane().placeSketch(s).extrude(1)\n",
    );
    expect(f.printed.area).toBeCloseTo(148 + 20.5 * Math.PI, 4);
    expect(f.volume).toBeCloseTo(148 + 20.5 * Math.PI, 4);
  });

  it("a sketch at each point of the stack, cut through all", async () => {
    const f = await programFacts(
      kernel,
      "import cadquery as cq\nresult = cq.Workplane().box(30, 30, 5).faces('>Z').workplane().rarray(10, 10, 2, 2).sketch().regularPolygon(2, 6).vertices().fillet(0.5).finalize().cutThruAll()\n",
    );
    const hexagon = ((3 * Math.sqrt(3)) / 2) * 4;
    // A fillet of radius r in a corner of 120 degrees takes r^2 (cot 60 - pi / 6) from the face.
    const rounded = hexagon - 6 * 0.25 * (1 / Math.tan(Math.PI / 3) - Math.PI / 6);
    expect(f.volume).toBeCloseTo(30 * 30 * 5 - 4 * 5 * rounded, 5);
  });

  it("cq.Sketch standalone, placed at a workplane's points with placeSketch, cut blind", async () => {
    const f = await programFacts(
      kernel,
      "import cadquery as cq\ns = cq.Sketch().trapezoid(4, 2, 60).rect(1, 1, mode='s')\nresult = cq.Workplane().box(20, 20, 10).faces('>Z').workplane().pushPoints([(-5, 0), (5, 0)]).placeSketch(s).cutBlind(-3)\n",
    );
    const trapezoid = ((4 + (4 - (2 * 2) / Math.tan(Math.PI / 3))) / 2) * 2;
    expect(f.volume).toBeCloseTo(20 * 20 * 10 - 2 * 3 * (trapezoid - 1), 6);
  });
});

describe("a Sketch's face() from what a program holds", () => {
  it("takes a closed wire of another sketch, and a sketch's face turned by angle", async () => {
    const f = await programFacts(
      kernel,
      `import cadquery as cq
wire = cq.Sketch().rect(2, 3).wires().val()
s = cq.Sketch().face(wire)
print("area", s._faces.Area())
t = cq.Sketch().face(cq.Sketch().rect(4, 1), angle=90)
bb = t._faces.BoundingBox()
print("xlen", bb.xlen)
print("ylen", bb.ylen)
result = cq.Workplane().placeSketch(t).extrude(1)
`,
    );
    expect(f.printed.area).toBeCloseTo(6, 6);
    expect(f.printed.xlen).toBeCloseTo(1, 6);
    expect(f.printed.ylen).toBeCloseTo(4, 6);
    expect(f.volume).toBeCloseTo(4, 6);
  });
});

describe("an Assembly as the result", () => {
  it("gives one named part per object, placed by its location composed with its parents'", async () => {
    const f = await programFacts(
      kernel,
      `import cadquery as cq
wheel = cq.Workplane().cylinder(20, 30)
fork = cq.Assembly(name="fork", loc=cq.Location((0, 0, 10)))
fork.add(wheel, name="wheel", loc=cq.Location((0, 0, 30), (1, 0, 0), 90), color=cq.Color(0.2, 0.2, 0.2))
assy = cq.Assembly()
assy.add(cq.Workplane().box(60, 40, 4), name="plate", loc=cq.Location(0, 0, 100), color=cq.Color("gray"))
assy.add(fork)
bb = assy.toCompound().BoundingBox()
print("zmin", bb.zmin)
print("ylen", bb.ylen)
result = assy
`,
    );
    expect(f.parts.map((p) => p.name)).toEqual(["plate", "wheel"]);
    expect(f.parts[1].volume).toBeCloseTo(Math.PI * 900 * 20, 6);
    expect(f.printed.zmin).toBeCloseTo(10, 6);
    expect(f.printed.ylen).toBeCloseTo(40, 6);
  });

  it("composes Locations as CadQuery does: the right one first, turned by the left one", async () => {
    const f = await programFacts(
      kernel,
      `import cadquery as cq
a = cq.Location((10, 0, 0), (0, 0, 1), 90) * cq.Location((5, 0, 0))
(x, y, z), (rx, ry, rz) = a.toTuple()
print("x", x)
print("y", y)
print("rz", rz)
back = (a * a.inverse).toTuple()
print("identity", max(abs(c) for c in back[0] + back[1]))
print("euler", cq.Location(0, 0, 0, 30, 20, 10).toTuple()[1][1])
flipped = cq.Assembly().add(cq.Workplane().box(2, 2, 2, centered=False), name="cube", loc=cq.Location((0, 0, 0), (1, 0, 0), 180))
bb = flipped.toCompound().BoundingBox()
print("zmin", bb.zmin)
print("ymin", bb.ymin)
result = flipped
`,
    );
    expect(f.printed.x).toBeCloseTo(10, 9);
    expect(f.printed.y).toBeCloseTo(5, 9);
    expect(f.printed.rz).toBeCloseTo(90, 9);
    expect(f.printed.identity).toBeCloseTo(0, 9);
    expect(f.printed.euler).toBeCloseTo(20, 9);
    // A half turn about x takes the cube from [0, 2] in y and z to [-2, 0].
    expect(f.printed.zmin).toBeCloseTo(-2, 6);
    expect(f.printed.ymin).toBeCloseTo(-2, 6);
  });

  it("show_object of an Assembly yields its parts; a name used twice and a number as an object are errors at their line", async () => {
    const f = await programFacts(kernel, "import cadquery as cq\na = cq.Assembly().add(cq.Workplane().box(1, 1, 1), name='a').add(cq.Workplane().sphere(1), name='b', loc=cq.Location(cq.Vector(5, 0, 0)))\nshow_object(a)\n");
    expect(f.parts.map((p) => p.name)).toEqual(["a", "b"]);
    expect(await failureOf("import cadquery as cq\na = cq.Assembly()\na.add(cq.Workplane().box(1, 1, 1), name='a')\na.add(cq.Workplane().box(2, 2, 2), name='a')\n")).toMatchObject({
      line: 4,
      message: expect.stringMatching(/Unique name is required.*'a'/),
    });
    expect(await failureOf("import cadquery as cq\nresult = cq.Assembly().add(5)\n")).toMatchObject({ line: 2, message: expect.stringMatching(/holds a Workplane or a Shape, not int/) });
    expect(await failureOf("import cadquery as cq\nresult = cq.Assembly()\n")).toMatchObject({ class: "invalid_return", message: expect.stringMatching(/Assembly with no objects/) });
  });
});

describe("what the Sketch does not provide fails clearly", () => {
  it("an unknown method is invented_api naming it; hull() is a ValueError; a Location is not a point to push", async () => {
    expect(await failureOf("import cadquery as cq\nresult = cq.Sketch().circle(4).distribute(3)\n")).toMatchObject({ class: "invented_api", operation: "Sketch.distribute", line: 2 });
    expect(await failureOf("import cadquery as cq\ns = cq.Sketch().rect(1, 1).hull()\n")).toMatchObject({ line: 2, message: expect.stringMatching(/hull\(\) is not supported/) });
    expect(await failureOf("import cadquery as cq\ns = cq.Sketch().push([cq.Location((1, 0, 0))])\n")).toMatchObject({ line: 2, message: expect.stringMatching(/push\(\) takes points/) });
    expect(await failureOf("import cadquery as cq\nresult = cq.Workplane().sketch().finalize().extrude(1)\n")).toMatchObject({ line: 2, message: expect.stringMatching(/sketch has no faces/) });
  });
});
