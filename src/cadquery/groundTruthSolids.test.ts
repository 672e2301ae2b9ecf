import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { cadQueryFacts } from "./programFacts";

/*
 * Ground truth for lofts, sweeps, shells, splits, CadQuery's `Solid.make*`, `Location`,
 * `each`/`eachpoint`/`cutEach`: the programs of CadQuery's tests (tests/test_cadquery.py and
 * tests/test_cad_objects.py, named per case) run through our API on the real kernel, asserting
 * the numbers CadQuery asserts. `makeUnitCube()` is `Workplane().rect(1, 1).extrude(1)`, and
 * `CQ(shape)` is `Workplane().add(shape)`. Paths drawn with `spline` or `threePointArc` come with
 * the curves of another branch; here the tests' polyline and line paths are used.
 */

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const facts = (body: string) => cadQueryFacts(kernel, body);

describe("CadQuery's test-suite through our API: loft", () => {
  it("testLoft: a circle lofted to a square is one solid of 7 faces; cut and fused lofts change the box's volume", async () => {
    const f = await facts(`s = Workplane("XY").circle(4.0).workplane(5.0).rect(2.0, 2.0).loft()
print("solids", s.solids().size())
print("faces", s.faces().size())
box = Workplane().box(10, 10, 10)
cut = box.faces(">Z").workplane().circle(2).workplane(invert=True, offset=12).rect(3, 2).loft(combine="cut")
print("cutLess", int(box.val().Volume() > cut.val().Volume()))
add = box.faces(">Z").workplane().circle(2).workplane(offset=12).rect(3, 2).loft(combine=True)
print("addMore", int(add.val().Volume() > box.val().Volume()))
result = s`);
    expect([f.solids, f.faces, f.cutLess, f.addMore]).toEqual([1, 7, 1, 1]);
  });

  it("testLoftRaisesValueError: nothing or one wire to loft is a ValueError with CadQuery's message", async () => {
    const f = await facts(`try:
    Workplane().hLine(1).loft()
except ValueError as e:
    print("none", int(str(e) == "Nothing to loft"))
try:
    Workplane("XY").circle(5).loft()
except ValueError as e:
    print("one", int(str(e) == "More than one wire or face is required"))
result = Workplane().box(1, 1, 1)`);
    expect([f.none, f.one]).toEqual([1, 1]);
  });

  it("test_loft_face and test_loft_to_vertex: faces on the stack, or a face and a vertex, loft into one solid", async () => {
    const f = await facts(`square = Workplane().rect(2, 2).extrude(1).faces("<Z").val()
disc = Workplane().circle(1).extrude(1).faces(">Z").val()
w1 = Workplane().add(square).add(disc).loft()
print("faces", w1.solids().size())
w2 = Workplane().add(square).add(cq.Vertex((0, 0, 1))).loft()
print("vertex", w2.solids().size())
print("pyramid", w2.val().Volume())
result = w1`);
    expect([f.faces, f.vertex]).toEqual([1, 1]);
    expect(f.pyramid).toBeCloseTo(4 / 3, 4);
  });

  it("testLoftCombine and ruled lofts: a loft on a box fuses into one solid; a ruled square-to-square loft is a frustum", async () => {
    const f = await facts(`s = Workplane("front").box(4.0, 4.0, 0.25).faces(">Z").circle(1.5).workplane(offset=3.0).rect(0.75, 0.5).loft(combine=True)
print("solids", s.solids().size())
f = Workplane().rect(4, 4).workplane(offset=3).rect(2, 2).loft(ruled=True)
print("frustum", f.val().Volume())
print("ffaces", f.faces().size())
result = s`);
    expect(f.solids).toBe(1);
    expect(f.frustum).toBeCloseTo((3 / 3) * (16 + 4 + Math.sqrt(16 * 4)), 6);
    expect(f.ffaces).toBe(6);
  });
});

describe("CadQuery's test-suite through our API: sweep", () => {
  it("testSweep, polyline path: a circle swept with transformed corners has 5 faces and 7 edges; with a hole 8 and 14", async () => {
    const f = await facts(`pts = [(0, 0), (0, 1), (1, 2), (2, 4)]
path = Workplane("XZ").polyline(pts)
r = Workplane("XY").circle(0.1).sweep(path, transition="transformed")
print("faces", r.faces().size())
print("edges", r.edges().size())
path = Workplane("XZ").polyline(pts)
h = Workplane("XY").circle(0.2).circle(0.1).sweep(path, transition="transformed")
print("hfaces", h.faces().size())
print("hedges", h.edges().size())
valid = 1
for t in ("transformed", "right", "round"):
    path = Workplane("XZ").polyline(pts)
    valid = valid and Workplane("XY").circle(0.2).sweep(path, transition=t).solids().val().isValid()
print("valid", int(valid))
result = r`);
    expect([f.faces, f.hfaces, f.edges, f.hedges, f.valid]).toEqual([5, 8, 7, 14, 1]);
  });

  it("testSweep, combine: a circle swept from a box's corner along a line cuts it or adds to it", async () => {
    const f = await facts(`box = Workplane().box(10, 10, 10, centered=False)
path = Workplane("YZ").lineTo(10, 10)
cut = box.vertices(">Z and >X and >Y").workplane(centerOption="CenterOfMass").circle(1.5).sweep(path, combine="cut")
print("cutLess", int(box.val().Volume() > cut.val().Volume()))
path = Workplane("YZ").lineTo(10, 10)
add = box.vertices(">Z and >X and >Y").workplane(centerOption="CenterOfMass").circle(1.5).sweep(path, combine=True)
print("addMore", int(add.val().Volume() > box.val().Volume()))
try:
    Workplane().hLine(1).vLine(1).sweep(path)
except ValueError:
    print("noWires", 1)
try:
    Workplane("XY").rect(10, 20).sweep(path, auxSpine=Workplane().box(1, 1, 1))
except ValueError:
    print("badAux", 1)
result = add`);
    expect([f.cutLess, f.addMore, f.noWires, f.badAux]).toEqual([1, 1, 1, 1]);
  });

  it("testSweep along a Wire: a circle swept straight up a cq.Wire is a cylinder of 3 faces; along a helix it stays a valid solid", async () => {
    const f = await facts(`import math
line = cq.Wire.assembleEdges([cq.Edge.makeLine((0, 0, 0), (0, 0, 10))])
c = Workplane("XY").circle(1.0).sweep(line)
print("faces", c.faces().size())
print("volume", c.val().Volume())
helix = cq.Wire.makeHelix(pitch=4, height=8, radius=5)
spring = Workplane("XZ").center(5, 0).circle(0.5).sweep(helix, isFrenet=True)
print("springValid", int(spring.val().isValid()))
print("springVolume", spring.val().Volume())
print("turnLength", math.pi * 0.25 * 2 * math.hypot(2 * math.pi * 5, 4))
result = c`);
    expect(f.faces).toBe(3);
    expect(f.volume).toBeCloseTo(Math.PI * 10, 4);
    expect(f.springValid).toBe(1);
    expect(f.springVolume).toBeCloseTo(f.turnLength, 0);
  });

  it("testMultisectionSweep: circles and squares along a line sweep into one solid each", async () => {
    const f = await facts(`path = Workplane("XZ").moveTo(-10, 0).lineTo(10, 0)
default = Workplane("YZ").workplane(offset=-10.0).circle(2.0).workplane(offset=10.0).circle(1.0).workplane(offset=10.0).circle(2.0).sweep(path, multisection=True)
print("default", default.solids().size())
rc = Workplane("YZ").workplane(offset=-10.0).rect(2.0, 2.0).workplane(offset=8.0).circle(1.0).workplane(offset=4.0).circle(1.0).workplane(offset=8.0).rect(2.0, 2.0).sweep(path, multisection=True)
print("recttocircle", rc.solids().size())
cr = Workplane("YZ").workplane(offset=-10.0).circle(1.0).workplane(offset=7.0).rect(2.0, 2.0).workplane(offset=6.0).rect(2.0, 2.0).workplane(offset=7.0).circle(1.0).sweep(path, multisection=True)
print("circletorect", cr.solids().size())
special = Workplane("YZ").circle(1.0).workplane(offset=10.0).rect(2.0, 2.0).sweep(path, multisection=True)
print("special", special.solids().size())
print("valid", int(default.val().isValid() and rc.val().isValid()))
result = default`);
    expect([f.default, f.recttocircle, f.circletorect, f.special, f.valid]).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("CadQuery's test-suite through our API: shell and split", () => {
  // CadQuery shells an elliptic prism; our ellipse is drawn as two edges (a side of two faces), so
  // the same outward shells are taken of a round prism, whose faces CadQuery counts alike.
  it("testSimpleShell: an open box has 23 faces; a prism shelled outwards has 5 faces with intersection joins, 6 with arcs", async () => {
    const f = await facts(`s1 = Workplane("XY").box(2, 2, 2).faces("+Z").shell(0.05)
print("box", s1.faces().size())
s2 = Workplane().circle(3).extrude(4).faces(">Z").shell(+2, kind="intersection")
print("intersection", s2.faces().size())
s3 = Workplane().circle(3).extrude(4).faces(">Z").shell(+2, kind="arc")
print("arc", s3.faces().size())
try:
    Workplane().hLine(1).vLine(1).close().shell(1)
except ValueError:
    print("noSolid", 1)
result = s1`);
    expect([f.box, f.intersection, f.arc, f.noSolid]).toEqual([23, 5, 6, 1]);
  });

  it("testClosedShell: a box hollowed inwards has 12 faces, outwards 32; hollow(None) and hollow([]) match", async () => {
    const f = await facts(`s1 = Workplane("XY").box(2, 2, 2).shell(-0.1)
print("inwards", s1.faces().size())
print("valid1", int(s1.val().isValid()))
s2 = Workplane("XY").box(2, 2, 2).shell(0.1)
print("outwards", s2.faces().size())
print("valid2", int(s2.val().isValid()))
pts = [(1.0, 0.0), (0.3, 0.2), (0.0, 0.0), (0.3, -0.1), (1.0, -0.03)]
s3 = Workplane().polyline(pts).close().extrude(1).shell(-0.05)
print("valid3", int(s3.val().isValid()))
shape = Workplane("XY").box(2, 2, 2).val()
print("none", len(shape.hollow(faceList=None, thickness=-0.1).Faces()))
print("empty", len(shape.hollow(faceList=[], thickness=-0.1).Faces()))
result = s1`);
    expect([f.inwards, f.outwards, f.none, f.empty]).toEqual([12, 32, 12, 12]);
    expect([f.valid1, f.valid2, f.valid3]).toEqual([1, 1, 1]);
    expect(f.volume).toBeCloseTo(8 - 1.8 ** 3, 6);
  });

  it("testOpenCornerShell: faces added to one selection (add grows the stack) are all removed by one shell", async () => {
    const f = await facts(`s = Workplane("XY").box(1, 1, 1)
s1 = s.faces("+Z")
s1.add(s.faces("+Y")).add(s.faces("+X"))
print("selected", s1.size())
r = s1.shell(0.2)
print("valid", int(r.val().isValid()))
inner = s.faces("+Z")
inner.add(s.faces("+Y")).add([s.faces("+X").val()])
print("inner", inner.shell(-0.1).val().Volume())
result = r`);
    expect([f.selected, f.valid]).toEqual([3, 1]);
    expect(f.inner).toBeCloseTo(1 - 0.9 ** 3, 6);
  });

  it("testSplitKeepingHalf, Both and Bottom: a drilled cube cut in half sideways keeps 8 faces a half", async () => {
    const f = await facts(`c = Workplane().rect(1, 1).extrude(1).faces(">Z").workplane().circle(0.25).cutThruAll()
print("before", c.faces().size())
top = c.faces(">Y").workplane(-0.5).split(keepTop=True)
print("top", top.faces().size())
both = c.faces(">Y").workplane(-0.5).split(keepTop=True, keepBottom=True)
print("both", both.solids().size())
print("first", both.solids().item(0).faces().size())
print("second", both.solids().item(1).faces().size())
bottom = c.faces(">Y").workplane(-0.5).split(keepTop=False, keepBottom=True)
print("bottom", bottom.solids().size())
print("bottomFaces", bottom.solids().item(0).faces().size())
print("ymax", bottom.val().BoundingBox().ymax)
w = Workplane().hLine(1).vLine(1).close()
for keep in ((True, False), (False, False)):
    try:
        w.split(keepTop=keep[0], keepBottom=keep[1])
    except ValueError:
        print("error" + str(int(keep[0])), 1)
result = top`);
    expect([f.before, f.top, f.both, f.first, f.second, f.bottom, f.bottomFaces, f.error1, f.error0]).toEqual([7, 8, 2, 8, 8, 1, 8, 1, 1]);
    expect(f.ymax).toBeCloseTo(0, 6);
  });
});

describe("CadQuery's test-suite through our API: Solid.make*", () => {
  it("testCone and CadQuery's primitives: placed at pnt along dir, not centred", async () => {
    const f = await facts(`import math
cone = Workplane().add(cq.Solid.makeCone(0, 1.0, 2.0))
print("coneFaces", cone.faces().size())
print("coneVolume", cone.val().Volume())
box = cq.Solid.makeBox(1, 2, 3, cq.Vector(1, 1, 1))
bb = box.BoundingBox()
print("bxmin", bb.xmin)
print("bzmax", bb.zmax)
turned = cq.Solid.makeBox(1, 2, 3, (0, 0, 0), (1, 0, 0))
print("turnedXlen", turned.BoundingBox().xlen)
cyl = cq.Solid.makeCylinder(2, 5, cq.Vector(0, 0, 1), cq.Vector(0, 1, 0))
print("cylVolume", cyl.Volume())
print("cylYmax", cyl.BoundingBox().ymax)
print("cylFaces", len(cyl.Faces()))
half = cq.Solid.makeCylinder(1, 1, angleDegrees=180)
print("halfVolume", half.Volume())
torus = cq.Solid.makeTorus(10, 1)
print("torusVolume", torus.Volume())
sphere = cq.Solid.makeSphere(1, angleDegrees1=-90)
print("sphereVolume", sphere.Volume())
print("sphereFaces", len(sphere.Faces()))
result = cone`);
    expect(f.coneFaces).toBe(2);
    expect(f.coneVolume).toBeCloseTo((Math.PI * 2) / 3, 6);
    expect([f.bxmin, f.bzmax]).toEqual([1, 4].map((v) => expect.closeTo(v, 6)));
    expect(f.turnedXlen).toBeCloseTo(3, 6);
    expect(f.cylVolume).toBeCloseTo(Math.PI * 20, 6);
    expect(f.cylYmax).toBeCloseTo(5, 6);
    expect(f.cylFaces).toBe(3);
    expect(f.halfVolume).toBeCloseTo(Math.PI / 2, 6);
    expect(f.torusVolume).toBeCloseTo(2 * Math.PI ** 2 * 10, 4);
    expect(f.sphereVolume).toBeCloseTo((4 / 3) * Math.PI, 6);
    expect(f.sphereFaces).toBe(1);
  });

  it("testMakeHelix and test_wire_makepolygon: a helix as tall as asked; polygons of 2, 3, 3 and 3 edges", async () => {
    const f = await facts(`h = cq.Wire.makeHelix(1.5, 10, 1.2)
print("zlen", h.BoundingBox().zlen)
cases = [
    (((0, 0, 0), (0, 1, 0), (1, 0, 0)), False),
    (((0, 0, 0), (0, 1, 0), (1, 0, 0)), True),
    (((0, 0, 0), (0, 1, 0), (1, 0, 0), (0, 0, 0)), False),
    (((0, 0, 0), (0, 1, 0), (1, 0, 0), (0, 0, 0)), True),
]
for i, (points, close) in enumerate(cases):
    print("edges" + str(i), len(cq.Wire.makePolygon(points, False, close).Edges()))
result = Workplane().box(1, 1, 1)`);
    expect(f.zlen).toBeCloseTo(10, 1);
    expect([f.edges0, f.edges1, f.edges2, f.edges3]).toEqual([2, 3, 3, 3]);
  });
});

describe("CadQuery's test-suite through our API: Location, each, eachpoint", () => {
  it("testLocation: translations, an axis and angle, composition, powers and toTuple", async () => {
    const f = await facts(`from cadquery import Location, Vector
print("empty", Location().toTuple()[0][2])
print("tuple", Location((0, 0, 1)).toTuple()[0][2])
print("vector", Location(Vector(0, 0, 1)).toTuple()[0][2])
print("angle2", Location(Vector(0, 0, 1), Vector(0, 0, 1), 45).toTuple()[1][2])
loc1 = Location(Vector(0, 0, 1))
loc4 = Location((0, 0, 0), Vector(0, 0, 1), 15)
t5, r5 = (loc1 * loc4).toTuple()
print("z5", t5[2])
print("angle5", r5[2])
print("angle6", (loc4 * loc4).toTuple()[1][2])
print("angle7", (loc4 ** 2).toTuple()[1][2])
t8, r8 = Location(z=2, ry=15).toTuple()
print("z8", t8[2])
print("ry8", r8[1])
for bad in ([0, 0, "a"], "xy_plane"):
    try:
        Location(bad)
    except TypeError:
        print("typeError" + str(len(bad)), 1)
inv = (Location((1, 2, 3), (10, 20, 30)) * Location((1, 2, 3), (10, 20, 30)).inverse).toTuple()
print("inverse", max(abs(c) for part in inv for c in part))
result = Workplane().box(1, 1, 1)`);
    expect([f.empty, f.tuple, f.vector, f.z5, f.z8]).toEqual([0, 1, 1, 1, 2].map((v) => expect.closeTo(v, 6)));
    expect([f.angle2, f.angle5, f.angle6, f.angle7, f.ry8]).toEqual([45, 15, 30, 30, 15].map((v) => expect.closeTo(v, 6)));
    expect([f.typeError3, f.typeError8]).toEqual([1, 1]);
    expect(f.inverse).toBeCloseTo(0, 9);
  });

  it("testLocatedMoved: located places absolutely, moved relatively; locate and move change the shape itself", async () => {
    const f = await facts(`from cadquery import Location, Vector, Solid
box = Solid.makeBox(1, 1, 1, Vector(-0.5, -0.5, -0.5))
loc = Location(Vector(1, 1, 1))
box1 = box.located(loc)
print("box1", box1.Center().x)
print("box", box.Center().x)
box.locate(loc)
print("locate", box.Center().x)
box2 = box.moved(loc)
print("still", box.Center().x)
print("box2", box2.Center().z)
box.move(loc)
print("move", box.Center().y)
turned = Solid.makeBox(2, 1, 1).moved(Location((0, 0, 0), (0, 0, 1), 90))
print("turnedYlen", turned.BoundingBox().ylen)
many = Solid.makeBox(1, 1, 1).moved([Location((0, 0, 0)), Location((5, 0, 0))])
print("many", len(many.Solids()))
result = Workplane().add(box)`);
    expect([f.box1, f.box, f.locate, f.still, f.box2, f.move, f.turnedYlen, f.many]).toEqual([1, 0, 1, 1, 2, 2, 2, 2].map((v) => expect.closeTo(v, 6)));
  });

  it("testCutEach: a 2-wide box centred on each corner of a 3 x 2 x 2 box leaves 4 of volume", async () => {
    const f = await facts(`w = Workplane().box(3, 2, 2)
c = Workplane().box(2, 2, 2).val()
w0 = w.vertices().cutEach(lambda loc: c.located(loc))
print("volume0", w0.val().Volume())
try:
    Workplane().hLine(1).vLine(1).close().cutEach(lambda loc: c.located(loc))
except ValueError:
    print("noSolid", 1)
result = w0`);
    expect(f.volume0).toBeCloseTo(4, 3);
    expect(f.noSolid).toBe(1);
  });

  it("testEachpoint: every item of the stack becomes a Location; combined results grow or cut the solid", async () => {
    const f = await facts(`from cadquery import Location, Vector, Solid
r1 = Workplane(origin=(0, 0, 1)).add([Vector(), Location(Vector(0, 0, -1)), Solid.makeBox(1, 1, 1, (-0.5, -0.5, -0.5))]).eachpoint(lambda l: Solid.makeBox(1, 1, 1, (-0.5, -0.5, -0.5)).locate(l))
print("count", len(r1.objects))
print("far", max(v.Center().Length for v in r1.vals()))
box = Workplane().box(2, 1, 1).val()
ref = Workplane().box(5, 5, 5)
grown = ref.vertices().eachpoint(lambda loc: box.moved(loc), combine=True)
print("grown", int(grown.val().Volume() > ref.val().Volume()))
cut = ref.vertices().eachpoint(lambda loc: box.moved(loc), combine="cut")
print("cut", int(ref.val().Volume() > cut.val().Volume()))
shapes = ref.vertices().eachpoint(box)
print("placed", shapes.size())
local = Workplane("XZ").rect(4, 4, forConstruction=True).vertices().eachpoint(Workplane().box(1, 1, 1), useLocalCoordinates=True)
print("localY", max(abs(v.Center().y) for v in local.vals()))
result = grown`);
    expect(f.count).toBe(3);
    expect(f.far).toBeCloseTo(0, 6);
    expect([f.grown, f.cut, f.placed]).toEqual([1, 1, 8]);
    expect(f.localY).toBeCloseTo(0, 6);
  });

  it("testCompoundCenter: cylinders placed by eachpoint at a construction rectangle's corners centre at (0, 0, 0.25)", async () => {
    const f = await facts(`def cylinders(wp, radius, height):
    c = cq.Solid.makeCylinder(radius, height, cq.Vector())
    return wp.eachpoint(lambda loc: c.located(loc), True).union()
s = cylinders(Workplane("XY").rect(2.0, 3.0, forConstruction=True).vertices(), 0.25, 0.5)
print("solids", len(s.val().Solids()))
c = s.val().Center()
print("cx", c.x)
print("cy", c.y)
print("cz", c.z)
result = s`);
    expect(f.solids).toBe(4);
    expect([f.cx, f.cy, f.cz]).toEqual([0, 0, 0.25].map((v) => expect.closeTo(v, 3)));
  });

  it("each: the callback's shapes are fused with the chain's solid, or kept apart with combine=False", async () => {
    const f = await facts(`base = Workplane().box(10, 10, 1)
posts = base.faces(">Z").workplane().rect(6, 6, forConstruction=True).vertices().each(lambda v: cq.Solid.makeCylinder(0.5, 2, v.Center()))
print("solids", posts.solids().size())
print("volume", posts.val().Volume())
apart = Workplane().pushPoints([(0, 0), (5, 0)]).each(lambda v: cq.Solid.makeBox(1, 1, 1, v), combine=False)
print("apart", apart.size())
result = posts`);
    expect([f.solids, f.apart]).toEqual([1, 2]);
    expect(f.volume).toBeCloseTo(100 + 4 * Math.PI * 0.25 * 2, 4);
  });
});

describe("CadQuery's exporters and Compound through our API", () => {
  it("exporters.export is accepted and writes nothing; a bad export type is a ValueError naming it", async () => {
    const f = await facts(`from cadquery import exporters
import cadquery.exporters
r = Workplane().box(1, 2, 3)
cq.exporters.export(r, "part.step")
exporters.export(r.val(), "part.stl", exporters.ExportTypes.STL)
try:
    cq.exporters.export(r, "part.xyz", "XYZ")
except ValueError as e:
    print("named", int("XYZ" in str(e)))
both = cq.Compound.makeCompound([r.val(), cq.Solid.makeBox(1, 1, 1, (5, 0, 0))])
print("solids", len(both.Solids()))
copied = r.val().copy()
print("copy", copied.Volume())
result = r`);
    expect([f.named, f.solids]).toEqual([1, 2]);
    expect(f.copy).toBeCloseTo(6, 6);
  });
});
