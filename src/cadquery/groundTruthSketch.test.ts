import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { programFacts, programFailure } from "./programFacts";

/*
 * Ground truth from CadQuery's own test-suite for the Sketch (tests/test_sketch.py, and the
 * sketches of tests/test_cadquery.py) and the Assembly (tests/test_assembly.py): each case runs the
 * test's program through our API on the real kernel and asserts the numbers CadQuery asserts. A
 * test that reads `s._faces` reads the sketch's faces as one compound, as ours provides it.
 */

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const HEADER = "import cadquery as cq\nfrom cadquery import Sketch, Workplane, Vector, Location, Assembly, Color\n";

/** What the program printed; a program that builds no solid ends with a small box as its result. */
async function printed(body: string): Promise<Record<string, number>> {
  const result = /^result\s*=/m.test(body) ? "" : "\nresult = Workplane().box(1, 1, 1)";
  return (await programFacts(kernel, HEADER + body + result)).printed;
}

const failureOf = (body: string) => programFailure(kernel, HEADER + body);

describe("CadQuery's Sketch tests through our API: faces", () => {
  it("test_face_interface: a turned rect, a circle, an ellipse and a trapezoid have CadQuery's areas", async () => {
    const f = await printed(`s1 = Sketch().rect(1, 2, 45)
print("rect", s1._faces.Area())
print("rectx", s1.vertices(">X")._selection[0].toTuple()[0])
print("circle", Sketch().circle(1)._faces.Area())
print("ellipse", Sketch().ellipse(2, 0.5)._faces.Area())
print("trapezoid", Sketch().trapezoid(2, 0.5, 45)._faces.Area())`);
    expect(f.rect).toBeCloseTo(2, 6);
    expect(f.rectx).toBeCloseTo(1.5 / Math.sqrt(2), 6);
    expect(f.circle).toBeCloseTo(Math.PI, 6);
    expect(f.ellipse).toBeCloseTo(Math.PI, 6);
    expect(f.trapezoid).toBeCloseTo(0.75, 6);
  });

  it("test_face_interface: a slot, a regular pentagon, a triangle and faces from sketches", async () => {
    const f = await printed(`print("slot", Sketch().slot(3, 2)._faces.Area())
s6 = Sketch().regularPolygon(1, 5)
print("pentagon", len(s6.vertices()._selection))
print("pentagony", s6.vertices(">Y")._selection[0].toTuple()[1])
s7 = Sketch().polygon([(0, 0), (0, 1), (1, 0)])
print("triangle", len(s7.vertices()._selection))
print("trianglearea", s7._faces.Area())
print("fromval", Sketch().face(Sketch().rect(1, 1).val())._faces.Area())
print("fromsketch", Sketch().face(Sketch().rect(1, 1))._faces.Area())`);
    expect(f.slot).toBeCloseTo(6 + Math.PI, 6);
    expect([f.pentagon, f.triangle]).toEqual([5, 3]);
    expect(f.pentagony).toBeCloseTo(1, 6);
    expect(f.trianglearea).toBeCloseTo(0.5, 6);
    expect(f.fromval).toBeCloseTo(1, 6);
    expect(f.fromsketch).toBeCloseTo(1, 6);
  });

  it("test_face_interface: face(1234) is a ValueError at its line", async () => {
    expect(await failureOf("s = Sketch()\ns.face(1234)\n")).toMatchObject({ class: "kernel_error", line: 4, message: expect.stringMatching(/ValueError: Unsupported argument int/) });
  });
});

describe("CadQuery's Sketch tests through our API: modes", () => {
  it("test_modes: add, subtract, intersect and construction give CadQuery's areas and face counts", async () => {
    const f = await printed(`s1 = Sketch().rect(2, 2).rect(1, 1, mode="a")
print("add", s1._faces.Area())
s2 = Sketch().rect(2, 2).rect(1, 1, mode="s")
print("sub", s2._faces.Area())
print("subfaces", len(s2._faces.Faces()))
s3 = Sketch().rect(2, 2).rect(1, 1, mode="i")
print("int", s3._faces.Area())
print("intfaces", len(s3._faces.Faces()))
s4 = Sketch().rect(2, 2).rect(1, 1, mode="c", tag="t")
print("con", s4._faces.Area())
print("confaces", len(s4._faces.Faces()))
print("tagged", s4._tags["t"][0].Area())`);
    expect(f.add).toBeCloseTo(4, 6);
    expect(f.sub).toBeCloseTo(3, 6);
    expect(f.int).toBeCloseTo(1, 6);
    expect(f.con).toBeCloseTo(4, 6);
    expect(f.tagged).toBeCloseTo(1, 6);
    expect([f.subfaces, f.intfaces, f.confaces]).toEqual([1, 1, 1]);
  });

  it("test_modes: construction without a tag, and an unknown mode, are ValueErrors naming the cause", async () => {
    expect((await failureOf('Sketch().rect(2, 2).rect(1, 1, mode="c")\n')).message).toMatch(/No tag specified/);
    expect((await failureOf('Sketch().rect(2, 2).rect(1, 1, mode="dummy")\n')).message).toMatch(/Invalid mode: 'dummy'/);
  });
});

describe("CadQuery's Sketch tests through our API: locations", () => {
  it("test_rarray: a 3 x 3 grid of squares, and the grid at each of two pushed points", async () => {
    const f = await printed(`s1 = Sketch().rarray(2, 2, 3, 3).rect(1, 1)
print("a1", s1._faces.Area())
print("n1", len(s1._faces.Faces()))
s2 = Sketch().push([(0, 0), (1, 1)]).rarray(2, 2, 3, 3).rect(0.5, 0.5)
print("a2", s2._faces.Area())
print("n2", len(s2._faces.Faces()))`);
    expect(f.a1).toBeCloseTo(9, 6);
    expect(f.a2).toBeCloseTo(18 * 0.25, 6);
    expect([f.n1, f.n2]).toEqual([9, 18]);
    expect((await failureOf("Sketch().rarray(2, 2, 3, 0).rect(1, 1)\n")).message).toMatch(/At least 1 elements required/);
  });

  it("test_parray: squares on arcs of a circle, turned with it, at one and two centres", async () => {
    const f = await printed(`s1 = Sketch().parray(2, 0, 90, 3).rect(1, 1)
print("a1", s1._faces.Area())
print("n1", len(s1._faces.Faces()))
s2 = Sketch().push([(0, 0), (1, 1)]).parray(2, 0, 90, 3).rect(0.5, 0.5)
print("a2", s2._faces.Area())
print("n2", len(s2._faces.Faces()))
s7 = Sketch().parray(1, 135, 0, 1).circle(0.1)
s7.reset().faces()
print("n7", len(s7._selection))
print("x7", s7._selection[0].Center().x)
print("y7", s7._selection[0].Center().y)
print("n8", len(Sketch().parray(4, 20, 360, 6).rect(1.0, 0.5)._faces.Faces()))`);
    expect(f.a1).toBeCloseTo(3, 6);
    expect(f.a2).toBeCloseTo(6 * 0.25, 6);
    expect([f.n1, f.n2, f.n7, f.n8]).toEqual([3, 6, 1, 6]);
    expect(f.x7).toBeCloseTo(-0.7071067811865475, 6);
    expect(f.y7).toBeCloseTo(0.7071067811865476, 6);
  });
});

describe("CadQuery's Sketch tests through our API: callbacks and tagged locations", () => {
  it("test_each and test_parray s5: a callback's sketch at each location, or once when the selection is ignored; pushed points tagged", async () => {
    const f = await printed(`s1 = Sketch().each(lambda l: Sketch().push([l]).rect(1, 1))
print("n1", len(s1._faces.Faces()))
s2 = Sketch().push([(0, 0), (2, 2)]).each(lambda l: Sketch().push([l]).rect(1, 1), ignore_selection=True)
print("n2", len(s2._faces.Faces()))
s3 = Sketch().push([(0, 0), (2, 2)]).each(lambda l: Sketch().push([l]).rect(1, 1))
print("n3", len(s3._faces.Faces()))
print("tags", len(Sketch().push([(0, 1)], tag="loc")._tags["loc"]))`);
    expect([f.n1, f.n2, f.n3, f.tags]).toEqual([1, 1, 2, 1]);
  });
});

describe("CadQuery's Sketch tests through our API: selection and corners", () => {
  it("test_modifiers: filleted and chamfered corners of two squares give 2 faces of 10 edges", async () => {
    const f = await printed(`s1 = Sketch().push([(-2, 0), (2, 0)]).rect(1, 1).reset().vertices("<X").fillet(0.1)
print("f1", len(s1._faces.Faces()))
print("e1", len(s1._faces.Edges()))
s2 = Sketch().push([(-2, 0), (2, 0)]).rect(1, 1).reset().vertices(">X").chamfer(0.1)
print("f2", len(s2._faces.Faces()))
print("e2", len(s2._faces.Edges()))`);
    expect([f.f1, f.e1, f.f2, f.e2]).toEqual([2, 10, 2, 10]);
  });

  it("test_selectors: vertices, edges, wires and faces of two framed squares; tags select again", async () => {
    const f = await printed(`s = Sketch().push([(-2, 0), (2, 0)]).rect(1, 1).rect(0.5, 0.5, mode="s").reset()
print("none", int(s._selection is None))
print("vertices", len(s.vertices()._selection))
print("edges", len(s.reset().edges()._selection))
print("wires", len(s.reset().wires()._selection))
print("faces", len(s.reset().faces()._selection))
print("lowest", len(s.reset().vertices("<Y")._selection))
print("sides", len(s.reset().edges("<X or >X")._selection))
s.tag("test").reset()
print("tagged", len(s.select("test")._selection))
v = s.reset().vertices("<X and <Y").val()
print("vx", v.toTuple()[0])
print("vy", v.toTuple()[1])`);
    expect([f.none, f.vertices, f.edges, f.wires, f.faces, f.lowest, f.sides, f.tagged]).toEqual([1, 16, 16, 4, 2, 4, 2, 2]);
    expect([f.vx, f.vy]).toEqual([-2.5, -0.5]);
  });
});

describe("CadQuery's Sketch tests through our API: edges", () => {
  it("test_edge_interface: segments and arcs assembled into faces of CadQuery's areas", async () => {
    const f = await printed(`s1 = Sketch().segment((0, 0), (1, 0)).segment((1, 1)).segment(1, 180).close().assemble()
print("n1", len(s1._faces.Faces()))
print("a1", s1._faces.Area())
s2 = Sketch().arc((0, 0), (1, 1), (0, 2)).close().assemble()
print("a2", s2._faces.Area())
s3 = Sketch().arc((0, 0), (1, 1), (0, 2)).arc((-1, 1), (0, 0)).assemble()
print("n3", len(s3._faces.Faces()))
print("a3", s3._faces.Area())`);
    expect([f.n1, f.n3]).toEqual([1, 1]);
    expect(f.a1).toBeCloseTo(1, 6);
    expect(f.a2).toBeCloseTo(Math.PI / 2, 6);
    expect(f.a3).toBeCloseTo(Math.PI, 6);
  });

  it("test_edge_interface: an arc by centre, radius and angles has CadQuery's vertices", async () => {
    const f = await printed(`s4 = Sketch().arc((0, 0), 1, 0, 90)
print("n4", len(s4.vertices()._selection))
print("y4", s4.vertices(">Y")._selection[0].Center().y)
s5 = Sketch().arc((0, 0), 1, 0, -90)
print("n5", len(s5.vertices()._selection))
print("y5", s5.vertices(">Y")._selection[0].Center().y)
print("n6", len(Sketch().arc((0, 0), 1, 90, 360).vertices()._selection))`);
    expect([f.n4, f.n5, f.n6]).toEqual([2, 2, 1]);
    expect(f.y4).toBeCloseTo(1, 6);
    expect(f.y5).toBeCloseTo(0, 6);
  });

  it("test_assemble: a closed triangle around a whole circle is one face with a hole; open edges are a ValueError", async () => {
    const f = await printed(`s1 = Sketch()
s1.segment((0.0, 0), (0.0, 2.0))
s1.segment(Vector(4.0, -1)).close().arc((0.7, 0.6), 0.4, 0.0, 360.0).assemble()
print("faces", len(s1._faces.Faces()))
print("wires", len(s1.wires()._selection))
print("area", s1._faces.Area())`);
    expect([f.faces, f.wires]).toEqual([1, 2]);
    expect(f.area).toBeCloseTo(4 - Math.PI * 0.16, 6);
    const open = await failureOf("s2 = Sketch()\ns2.segment((0, 0), (1, 0))\ns2.segment((2, 0), (3, 0))\ns2.assemble()\n");
    expect(open).toMatchObject({ line: 6, message: expect.stringMatching(/do not close: an edge ends at \(1, 0\)/) });
  });

  it("test_finalize: finalize() answers the sketch's parent", async () => {
    const f = await printed(`parent = object()
s = Sketch(parent).rect(2, 2).circle(0.5, mode="s")
print("same", int(s.finalize() is parent))`);
    expect(f.same).toBe(1);
  });
});

describe("CadQuery's Workplane sketch tests through our API", () => {
  it("testSketch r1: two crossed slots sketched on a box's top face and extruded: a valid solid of 19 faces", async () => {
    const f = await printed(`r1 = Workplane().box(10, 10, 1).faces(">Z").sketch().slot(2, 1).slot(2, 1, angle=90).clean().finalize().extrude(1)
print("valid", int(r1.val().isValid()))
print("faces", len(r1.faces().vals()))
print("zmax", r1.val().BoundingBox().zmax)
result = r1`);
    expect([f.valid, f.faces]).toEqual([1, 19]);
    expect(f.zmax).toBeCloseTo(1.5, 6);
  });

  it("testSketch r5: a sketched triangle extruded by 1 has volume 0.5", async () => {
    const facts = await programFacts(kernel, HEADER + "result = Workplane().sketch().polygon([(0, 0), (0, 1), (1, 0)]).finalize().extrude(1)\n");
    expect(facts.volume).toBeCloseTo(0.5, 6);
  });

  it("test_workplane_iter: rarray(5, 0, 5, 1).sketch() places a square at each of five points", async () => {
    const facts = await programFacts(kernel, HEADER + "result = Workplane().rarray(5, 1, 5, 1).sketch().rect(1, 1).finalize().extrude(2)\nprint('solids', result.solids().size())\n");
    expect(facts.printed.solids).toBe(5);
    expect(facts.volume).toBeCloseTo(10, 6);
  });
});

describe("CadQuery's Assembly tests through our API", () => {
  it("nested_assy and test_step_export: four solids whose compound centre is (0, 4, 0)", async () => {
    const f = await printed(`b1 = Workplane().box(1, 1, 1)
b2 = Workplane().box(1, 1, 1)
b3 = Workplane().pushPoints([(-2, 0), (2, 0)]).box(1, 1, 0.5)
assy = Assembly(b1, loc=Location(Vector(0, 0, 0)), name="TOP")
assy2 = Assembly(b2, loc=Location(Vector(0, 4, 0)), name="SECOND")
assy2.add(b3, loc=Location(Vector(0, 4, 0)), name="BOTTOM")
assy.add(assy2, color=Color("green"))
c = assy.toCompound()
print("solids", len(c.Solids()))
for axis, value in zip("xyz", c.Center().toTuple()):
    print("c" + axis, value)
print("objects", len(assy.objects))
print("children", len(assy.children))
print("parent", int(assy.objects["SECOND"].parent is assy))
result = assy`);
    expect([f.solids, f.objects, f.children, f.parent]).toEqual([4, 3, 1, 1]);
    expect(f.cx).toBeCloseTo(0, 6);
    expect(f.cy).toBeCloseTo(4, 6);
    expect(f.cz).toBeCloseTo(0, 6);
  });

  it("simple_assy: three objects, two children, one shape at the root", async () => {
    const f = await printed(`b1 = Workplane().box(1, 1, 1).val()
b2 = Workplane().box(1, 1, 2)
b3 = Workplane().pushPoints([(0, 0), (-2, -5)]).box(1, 1, 3)
assy = Assembly(b1, loc=Location(Vector(2, -5, 0)), name="b1")
assy.add(b2, loc=Location(Vector(1, 1, 0)), name="b2")
assy.add(b3, loc=Location(Vector(2, 3, 0)), name="b3")
print("objects", len(assy.objects))
print("children", len(assy.children))
print("shapes", len(assy.shapes))`);
    expect([f.objects, f.children, f.shapes]).toEqual([3, 2, 1]);
  });

  it("boxes8_assy and test_step_export_loc: an empty root placed at (0, 10, 0) moves its boxes; centre (0.5, 10, 0.5)", async () => {
    // cadquery.func's box(1, 1, 1) is centred in x and y and stands on z = 0.
    const f = await printed(`b0 = Workplane().box(1, 1, 1, centered=(True, True, False)).val()
assy = Assembly(loc=Location(0, 10, 0))
assy.add(b0, name="box0", color=Color("red"))
assy.add(b0, name="box1", color=Color("green"), loc=Location((1, 0, 0)))
c = assy.toCompound()
print("solids", len(c.Solids()))
for axis, value in zip("xyz", c.Center().toTuple()):
    print("c" + axis, value)`);
    expect(f.solids).toBe(2);
    expect(f.cx).toBeCloseTo(0.5, 6);
    expect(f.cy).toBeCloseTo(10, 6);
    expect(f.cz).toBeCloseTo(0.5, 6);
  });

  it("test_color: names, hex strings and components are accepted; a bad name or six numbers are ValueErrors", async () => {
    const f = await printed(`print("red", int(Color("red").name == "red"))
print("hexg", Color("#FF0").toTuple()[1])
print("hexb", Color("#FFFF00").toTuple()[2])
print("alpha", Color(1, 0, 0, 0.5).toTuple()[3])
print("linear", Color(0.5, 0.2, 0, 0.5, False).toTuple()[0])`);
    expect([f.red, f.hexg, f.hexb, f.alpha, f.linear]).toEqual([1, 1, 0, 0.5, 0.5]);
    expect((await failureOf('Color("?????")\n')).message).toMatch(/Unknown color name/);
    expect((await failureOf("Color(1, 2, 3, 4, 5, 6)\n")).message).toMatch(/Color\(\) takes a name/);
  });
});
