import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { cadQueryFacts } from "./programFacts";

/*
 * Ground truth from CadQuery's own test-suite (tests/test_cadquery.py, class TestCadQuery): each
 * case runs the test's program through our API on the real kernel and asserts the numbers
 * CadQuery asserts (face, solid, vertex counts, volumes, centres). `makeCube(3)` and
 * `makeUnitCube()` of those tests (tests/__init__.py) are `Workplane().rect(s, s).extrude(s)`.
 */

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const facts = (body: string) => cadQueryFacts(kernel, body);

describe("CadQuery's test-suite through our API", () => {
  it("testBoxDefaults: one solid of 2 x 3 x 4", async () => {
    const f = await facts(`result = Workplane("XY").box(2, 3, 4)\nprint("solids", result.solids().size())`);
    expect(f.solids).toBe(1);
    expect(f.volume).toBeCloseTo(24, 6);
  });

  it("testBoxPointList: boxes at a construction rectangle's corners, one compound or four objects", async () => {
    const f = await facts(`s = Workplane("XY").rect(4.0, 4.0, forConstruction=True).vertices().box(0.25, 0.25, 0.25, combine=True)
print("solids", s.solids().size())
print("size", s.size())
t = Workplane("XY").rect(4.0, 4.0, forConstruction=True).vertices().box(0.25, 0.25, 0.25, combine=False)
print("size2", t.size())
print("solids2", t.solids().size())
result = s`);
    expect([f.solids, f.size, f.size2, f.solids2]).toEqual([4, 1, 4, 4]);
  });

  it("testBoxCombine: small boxes on the top face fuse into one solid of 26 faces", async () => {
    const f = await facts(`result = Workplane("XY").box(4, 4, 0.5).faces(">Z").workplane().rect(3, 3, forConstruction=True).vertices().box(0.25, 0.25, 0.25, combine=True)
print("solids", result.solids().size())
print("faces", result.faces().size())`);
    expect([f.solids, f.faces]).toEqual([1, 26]);
  });

  it("testSphereDefaults and testSpherePointList: one face a sphere, four separate spheres", async () => {
    const f = await facts(`s = Workplane("XY").sphere(10)
print("solids", s.solids().size())
print("faces", s.faces().size())
t = Workplane("XY").rect(4.0, 4.0, forConstruction=True).vertices().sphere(0.25, combine=False)
print("solids4", t.solids().size())
print("faces4", t.faces().size())
result = s`);
    expect([f.solids, f.faces, f.solids4, f.faces4]).toEqual([1, 1, 4, 4]);
    expect(f.volume).toBeCloseTo((4 / 3) * Math.PI * 1000, 3);
  });

  it("testCylinderDefaults: three faces, two vertices, centred on the origin", async () => {
    const f = await facts(`s = Workplane("XY").cylinder(20, 10)
print("size", s.size())
print("solids", s.solids().size())
print("faces", s.faces().size())
print("vertices", s.vertices().size())
c = s.val().Center()
print("cx", c.x)
print("cy", c.y)
print("cz", c.z)
result = s`);
    expect([f.size, f.solids, f.faces, f.vertices]).toEqual([1, 1, 3, 2]);
    for (const c of [f.cx, f.cy, f.cz]) expect(c).toBeCloseTo(0, 3);
  });

  it("testCylinderCentering: centered=False on every axis puts the centre at (r, r, h/2)", async () => {
    const f = await facts(`s = Workplane("XY").cylinder(40, 10, centered=(False, False, False))
c = s.val().Center()
print("cx", c.x)
print("cy", c.y)
print("cz", c.z)
result = s`);
    expect([f.cx, f.cy, f.cz].map((v) => Math.round(v * 1000) / 1000)).toEqual([10, 10, 20]);
  });

  it("testRectArray: a 3 x 3 array of bosses on the top face, 6 + 9 x 2 faces", async () => {
    const f = await facts(`result = Workplane("XY").box(40, 40, 5, centered=(True, True, True)).faces(">Z").workplane().rarray(8.0, 8.0, 3, 3, True).circle(2.0).extrude(2.0)
print("faces", result.faces().size())`);
    expect(f.faces).toBe(24);
  });

  it("testNestedCircle: a circle inside a circle is a hole, 14 faces", async () => {
    const f = await facts(`result = Workplane("XY").box(40, 40, 5).pushPoints([(10, 0), (0, 10)]).circle(4).circle(2).extrude(4)
print("faces", result.faces().size())`);
    expect(f.faces).toBe(14);
  });

  it("testCounterBores: 18 faces with a blind depth, 15 through", async () => {
    const f = await facts(`pnts = [(-1.0, -1.0), (0.0, 0.0), (1.0, 1.0)]
c = Workplane().rect(3, 3).extrude(3).faces(">Z").workplane().pushPoints(pnts).cboreHole(0.1, 0.25, 0.25, 0.75)
print("faces", c.faces().size())
c2 = Workplane().rect(3, 3).extrude(3).faces(">Z").workplane().pushPoints(pnts).cboreHole(0.1, 0.25, 0.25)
print("faces2", c2.faces().size())
result = c`);
    expect([f.faces, f.faces2]).toEqual([18, 15]);
  });

  it("testSimpleWorkplane and testMultiWireWorkplane: a square with a hole, 7 faces either way", async () => {
    const f = await facts(`s = Workplane(Plane.XY())
r = s.rect(2.0, 2.0).extrude(0.5).faces(">Z").workplane().circle(0.25).cutBlind(-1.0)
print("faces", r.faces().size())
m = s.rect(2.0, 2.0).circle(0.25).extrude(0.5)
print("faces2", m.faces().size())
result = r`);
    expect([f.faces, f.faces2]).toEqual([7, 7]);
    expect(f.volume).toBeCloseTo(0.5 * (4 - Math.PI * 0.0625), 4);
  });

  it("testBasicLines: a triangular boss, then holes through its slanted and top faces", async () => {
    const f = await facts(`r = Workplane(Plane.XY()).lineTo(1.0, 0).lineTo(0, 1.0).close().wire().extrude(0.25)
print("faces", r.faces().size())
r1 = r.faces("+XY").workplane(centerOption="CenterOfMass").circle(0.08).cutThruAll()
print("faces1", r1.faces().size())
r2 = r1.faces("+Z").workplane(centerOption="CenterOfMass").circle(0.08).cutThruAll()
print("faces2", r2.faces().size())
result = r2`);
    expect([f.faces, f.faces1, f.faces2]).toEqual([5, 6, 9]);
  });

  it("testCut and testIntersect: 10 faces after a cut, 6 faces and half the volume after an intersection", async () => {
    const f = await facts(`s = Workplane(Plane.XY())
current = s.rect(2.0, 2.0).extrude(0.5)
cut = current.cut(s.rect(1.0, 1.0).extrude(0.5).val())
print("cutFaces", cut.faces().size())
print("sugarFaces", (current - s.rect(1.0, 1.0).extrude(0.5).val()).faces().size())
inter = current.intersect(s.rect(1.0, 1.0).extrude(1).val())
print("interFaces", inter.faces().size())
print("interVolume", inter.val().Volume())
b1 = Workplane("XY").box(1, 1, 1)
b2 = Workplane("XY", origin=(0, 0, 0.5)).box(1, 1, 1)
print("andVolume", (b1 & b2).val().Volume())
result = cut`);
    expect([f.cutFaces, f.sugarFaces, f.interFaces]).toEqual([10, 10, 6]);
    expect(f.interVolume).toBeCloseTo(0.5, 6);
    expect(f.andVolume).toBeCloseTo(0.5, 6);
  });

  it("testFillet: vertical edges of a boss filleted, 12 faces", async () => {
    const f = await facts(`result = Workplane().rect(1, 1).extrude(1).faces(">Z").workplane().circle(0.25).extrude(0.25, True).edges("|Z").fillet(0.2)
print("faces", result.faces().size())`);
    expect(f.faces).toBe(12);
  });

  it("testChamfer and testTopFaceFillet: the top face's edges, 10 faces each", async () => {
    const f = await facts(`c = Workplane().rect(1, 1).extrude(1).faces(">Z").chamfer(0.1)
print("chamfer", c.faces().size())
t = Workplane("XY").box(1, 1, 1).faces("+Z").edges().fillet(0.1)
print("fillet", t.faces().size())
result = c`);
    expect([f.chamfer, f.fillet]).toEqual([10, 10]);
  });

  it("testQuickStartXY, XZ and YZ: countersunk holes at the corners, one solid of 14 faces on each plane", async () => {
    const f = await facts(`for name, face in (("XY", ">Z"), ("XZ", ">Y"), ("YZ", ">X")):
    s = Workplane(Plane.named(name)).box(2, 4, 0.5).faces(face).workplane().rect(1.5, 3.5, forConstruction=True).vertices().cskHole(0.125, 0.25, 82, depth=None)
    print("solids" + name, s.solids().size())
    print("faces" + name, s.faces().size())
result = s`);
    expect([f.solidsXY, f.facesXY, f.solidsXZ, f.facesXZ, f.solidsYZ, f.facesYZ]).toEqual([1, 14, 1, 14, 1, 14]);
  });

  it("test_bool_operators: + - * give 5, 1 and 1", async () => {
    const f = await facts(`w1 = Workplane().box(1, 1, 2)
w2 = Workplane().box(2, 2, 1)
print("add", (w1 + w2).val().Volume())
print("sub", (w1 - w2).val().Volume())
print("mul", (w1 * w2).val().Volume())
result = w1 + w2`);
    expect(f.add).toBeCloseTo(5, 6);
    expect(f.sub).toBeCloseTo(1, 6);
    expect(f.mul).toBeCloseTo(1, 6);
  });

  it("testExtrude: both=True spans twice the distance; a symmetric cut matches a blind one", async () => {
    const f = await facts(`s = Workplane("XY").circle(1.0).extrude(1.0, both=True)
print("span", s.faces(">Z").val().Center().sub(s.faces("<Z").val().Center()).z)
print("solids", len(s.val().Solids()))
ref = Workplane("XY").rect(40, 40).extrude(20, both=True)
regular = ref.workplane(offset=-20).rect(20, 20).extrude(40, combine="s")
wp = ref.workplane().rect(20, 20).extrude(20, both=True, combine="s")
print("faces", wp.faces().size())
print("diff", wp.val().Volume() - regular.val().Volume())
result = wp`);
    expect(f.span).toBeCloseTo(2, 9);
    expect(f.solids).toBe(1);
    expect(f.faces).toBe(10);
    expect(f.diff).toBeCloseTo(0, 6);
  });

  it("testUnions: a block on a plate is 11 faces, with union, + and |", async () => {
    const f = await facts(`s = Workplane(Plane.XY())
current = s.rect(2.0, 2.0).extrude(0.5)
to_union = s.rect(1.0, 1.0).extrude(1.0)
print("union", current.union(to_union).faces().size())
print("plus", (current + to_union).faces().size())
print("bar", (current | to_union).faces().size())
result = current.union(to_union)`);
    expect([f.union, f.plus, f.bar]).toEqual([11, 11, 11]);
  });

  it("testCutThroughAll: holes through all from pending circles, 11 faces, then a side hole, 13", async () => {
    const f = await facts(`r = Workplane(Plane.XY()).rect(2.0, 2.0).rect(1.3, 1.3, forConstruction=True).vertices().circle(0.125).extrude(0.5)
t = r.circle(0.5).cutThruAll()
print("faces", t.faces().size())
t = t.faces(">Y").workplane(centerOption="CenterOfMass").circle(0.125).cutThruAll()
print("faces2", t.faces().size())
result = t`);
    expect([f.faces, f.faces2]).toEqual([11, 13]);
  });

  it("testBoundBoxEnlarge: the box of a 10 x 10 x 10 extrusion", async () => {
    const f = await facts(`bb = Workplane("XY").rect(10, 10).extrude(10).val().BoundingBox()
for k in ("xmin", "xmax", "ymin", "ymax", "zmin", "zmax"):
    print(k, getattr(bb, k))
result = Workplane("XY").rect(10, 10).extrude(10)`);
    expect([f.xmin, f.xmax, f.ymin, f.ymax, f.zmin, f.zmax].map((v) => Math.round(v * 100) / 100)).toEqual([-5, 5, -5, 5, 0, 10]);
  });
});

describe("CadQuery's test-suite through our API: workplanes, arrays and moves", () => {
  it("testWorkplaneCenterOptions: where each centre option puts the new workplane's origin", async () => {
    const f = await facts(`r = Workplane("XY").polyline([(0, 0), (90, 0), (90, 30), (30, 30), (30, 60), (0.0, 60)]).close().extrude(10.0)
for name, w in (("projected", r.faces(">Z").workplane(centerOption="ProjectedOrigin")),
                ("mass", r.faces(">Z").workplane(centerOption="CenterOfMass")),
                ("box", r.faces(">Z").workplane(centerOption="CenterOfBoundBox")),
                ("given", r.faces(">Z").workplane(centerOption="ProjectedOrigin", origin=(30, 10, 20)))):
    for axis, value in zip("xyz", w.plane.origin.toTuple()):
        print(name + axis, value)
moved = r.faces(">Z").workplane(centerOption="ProjectedOrigin").center(30, 0).hole(90)
for axis, value in zip("xyz", moved.faces(">Z").workplane(centerOption="ProjectedOrigin").plane.origin.toTuple()):
    print("moved" + axis, value)
result = r`);
    const at = (name: string) => ["x", "y", "z"].map((a) => Math.round(f[name + a] * 1e9) / 1e9);
    expect(at("projected")).toEqual([0, 0, 10]);
    expect(at("mass")).toEqual([37.5, 22.5, 10]);
    expect(at("box")).toEqual([45, 30, 10]);
    expect(at("given")).toEqual([30, 10, 10]);
    expect(at("moved")).toEqual([30, 0, 10]);
  });

  it("testTwoWorkplanes: a blind side hole from the >Y face, 12 faces", async () => {
    const f = await facts(`r = Workplane(Plane.XY()).rect(2.0, 2.0).rect(1.3, 1.3, forConstruction=True).vertices().circle(0.125).extrude(0.5)
t = r.faces(">Y").workplane().circle(0.125).cutBlind(-1.9)
print("faces", t.faces().size())
result = t`);
    expect(f.faces).toBe(12);
  });

  it("testTranslateSolid: the bottom vertices move up by the translation", async () => {
    const f = await facts(`c = Workplane().rect(1, 1).extrude(1)
print("before", c.faces("<Z").vertices().item(0).val().Z)
d = c.translate(cq.Vector(0, 0, 1.5))
print("after", d.faces("<Z").vertices().item(0).val().Z)
result = d`);
    expect(f.before).toBeCloseTo(0, 3);
    expect(f.after).toBeCloseTo(1.5, 3);
  });

  it("testPolygonPlugin's part, with polygon(): pentagons cut through a plate at construction corners, 26 faces", async () => {
    const f = await facts(`s = Workplane("XY").box(4.0, 4.0, 0.25).faces(">Z").workplane().rect(2.0, 2.0, forConstruction=True).vertices().polygon(5, 0.5).cutThruAll()
print("faces", s.faces().size())
result = s`);
    expect(f.faces).toBe(26);
  });

  it("testPolarArray: three turned rectangles about a moved centre; CadQuery's top corner", async () => {
    const f = await facts(`s = Workplane().center(2, -4).polarArray(2, 10, 50, 3).rect(1.0, 0.5).extrude(1)
print("solids", s.solids().size())
v = s.vertices(">Y and >Z").val()
print("x", v.X)
print("y", v.Y)
print("z", v.Z)
print("points", Workplane("XY").polarArray(10, 0, 360, 4).size())
result = s`);
    expect(f.solids).toBe(3);
    expect(f.x).toBeCloseTo(3.0334936490538906, 6);
    expect(f.y).toBeCloseTo(-1.7099364905389036, 6);
    expect(f.z).toBeCloseTo(1, 6);
    expect(f.points).toBe(4);
  });

  it("rotate about an axis by two points and mirror with union keep CadQuery's volumes", async () => {
    const f = await facts(`bar = Workplane("XY").box(10, 2, 2).translate((5, 0, 0))
turned = bar.rotate((0, 0, 0), (0, 0, 1), 90)
bb = turned.val().BoundingBox()
print("ymax", bb.ymax)
print("xlen", bb.xlen)
both = bar.mirror("YZ", union=True)
print("span", both.val().BoundingBox().xlen)
print("volume", both.val().Volume())
result = both`);
    expect(f.ymax).toBeCloseTo(10, 6);
    expect(f.xlen).toBeCloseTo(2, 6);
    expect(f.span).toBeCloseTo(20, 6);
    expect(f.volume).toBeCloseTo(80, 6);
  });
});

describe("CadQuery's test-suite through our API: turned workplanes", () => {
  it("testCutThroughAll, its sphere: three holes through all along turned workplanes leave a valid solid of 7 faces", async () => {
    const f = await facts(`r = (
    Workplane()
    .sphere(10.0)
    .workplane()
    .circle(10.0 / 2.0)
    .cutThruAll()
    .workplane()
    .transformed(rotate=(90, 0, 0))
    .circle(10.0 / 2.0)
    .cutThruAll()
    .workplane()
    .transformed(rotate=(0, 90, 0))
    .circle(10.0 / 2.0)
    .cutThruAll()
)
print("valid", int(r.val().isValid()))
print("faces", r.faces().size())
result = r`);
    expect([f.valid, f.faces]).toEqual([1, 7]);
  });

  it("transformed turns the workplane about its own axes and moves its origin in its own coordinates", async () => {
    const f = await facts(`w = Workplane("XY").transformed(rotate=(90, 0, 0), offset=(1, 2, 3))
for name, v in (("o", w.plane.origin), ("z", w.plane.zDir), ("x", w.plane.xDir)):
    for axis, value in zip("xyz", v.toTuple()):
        print(name + axis, round(value, 9))
result = w.rect(2, 2).extrude(1)
print("ymin", result.val().BoundingBox().ymin)`);
    expect([f.ox, f.oy, f.oz, f.zx, f.zy, f.zz, f.xx, f.xy, f.xz]).toEqual([1, 2, 3, 0, -1, 0, 1, 0, 0]);
    expect(f.ymin).toBeCloseTo(1, 6);
  });
});
