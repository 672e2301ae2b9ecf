import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { buildModel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";

/*
 * CadQuery's string selectors, checked with the counts and centres that CadQuery's own
 * tests/test_selectors.py asserts (class TestCQSelectors). `makeUnitCube()` there is
 * `Workplane().rect(1, 1).extrude(1)` (tests/__init__.py); `centered=False` puts its corner at 0.
 */

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

/** Prints `name value` for each expression on `c`, the unit cube (or `cube` as given). */
async function evaluate(expressions: Record<string, string>, cube = "Workplane().rect(1, 1).extrude(1)"): Promise<Record<string, number>> {
  const prints = Object.entries(expressions).map(([name, expr]) => `print("${name}", ${expr})`);
  const outcome = await buildModel(kernel, ["import cadquery as cq", "from cadquery import Workplane, Vector", `c = ${cube}`, ...prints, "result = c"].join("\n"));
  if (!outcome.ok) throw new Error(`${outcome.error.failure.class} at line ${outcome.error.failure.line}: ${outcome.error.failure.message}`);
  outcome.model.dispose();
  return Object.fromEntries(outcome.model.logs.map(({ text }) => [text.split(" ")[0], Number(text.split(" ")[1])]));
}

describe("string selectors, as CadQuery's test_selectors.py asserts them", () => {
  it("testFaceTypesFilter: every face of a cube is a %PLANE, in either case; none a sphere or cone", async () => {
    expect(await evaluate({ all: "c.faces().size()", plane: 'c.faces("%PLANE").size()', lower: 'c.faces("%plane").size()', sphere: 'c.faces("%SPHERE").size()', cone: 'c.faces("%cone").size()' })).toEqual({ all: 6, plane: 6, lower: 6, sphere: 0, cone: 0 });
  });

  it("testEdgeTypesFilter, without its ellipse: a circle inside a square, extruded, has 2 circle edges and 13 lines (the square's 12 and the hole's seam)", async () => {
    expect(await evaluate({ circle: 'c.edges("%circle").size()', line: 'c.edges("%LINE").size()', bspline: 'c.edges("%Bspline").size()', hyperbola: 'c.edges("%HYPERBOLA").size()' }, "Workplane().rect(6, 8).circle(1).extrude(1)")).toEqual({ circle: 2, line: 13, bspline: 0, hyperbola: 0 });
  });

  it("testPerpendicularDirFilter and testFaceCount: 8 edges and 4 faces are perpendicular to Z, 2 faces parallel", async () => {
    expect(await evaluate({ edges: 'c.edges("#Z").size()', faces: 'c.faces("#Z").size()', parallel: 'c.faces("|Z").size()', dot: 'max(abs(e.tangentAt(0).dot(Vector(0, 0, 1))) for e in c.edges("#Z").vals())' })).toEqual({ edges: 8, faces: 4, parallel: 2, dot: 0 });
  });

  it("testFaceDirFilter: one face each way, with CadQuery's centres; a bare axis is +", async () => {
    const f = await evaluate({
      pz: 'c.faces("+Z").size()',
      pzz: 'c.faces("+Z").val().Center().z',
      mzz: 'c.faces("-Z").val().Center().z',
      pxx: 'c.faces("+X").val().Center().x',
      mxx: 'c.faces("-X").val().Center().x',
      pyy: 'c.faces("+Y").val().Center().y',
      xy: 'c.faces("XY").size()',
      bare: 'c.faces("X").size()',
      same: 'int(c.faces("+X").val().Center() == c.faces("X").val().Center())',
    });
    expect(f).toEqual({ pz: 1, pzz: 1, mzz: 0, pxx: 0.5, mxx: -0.5, pyy: 0.5, xy: 0, bare: 1, same: 1 });
  });

  it("testParallelPlaneFaceFilter and testParallelEdgeFilter: 2 faces, 8 of their vertices, 4 edges along each axis", async () => {
    expect(await evaluate({ faces: 'c.faces("|Z").size()', vertices: 'c.faces("|Z").vertices().size()', x: 'c.edges("|X").size()', y: 'c.edges("|Y").size()', z: 'c.edges("|Z").size()' }, "Workplane().box(1, 1, 1, centered=False)")).toEqual({ faces: 2, vertices: 8, x: 4, y: 4, z: 4 });
  });

  it("testAndSelector, testSumSelector, testSubtractSelector, testInverseSelector, testComplexStringSelector", async () => {
    expect(
      await evaluate({
        and: 'len(c.vertices(">X and >Y").vals())',
        orFaces: 'len(c.faces(">Z or <Z").vals())',
        orEdges: 'len(c.edges("|X or |Y").vals())',
        exc: 'len(c.faces("#Z exc >X").vals())',
        not: 'len(c.faces("not >Z").vals())',
        notEdges: 'len(c.faces(">Z").edges("not >X").vals())',
        complex: 'len(c.vertices("(>X and >Y) or (<X and <Y)").vals())',
      }),
    ).toEqual({ and: 2, orFaces: 2, orEdges: 8, exc: 3, not: 5, notEdges: 3, complex: 4 });
  });

  it("testVertexFilter: <XY on the top face is the vertex at (0, 0, 1)", async () => {
    expect(await evaluate({ size: 'c.faces("+Z").vertices("<XY").size()', x: 'c.faces("+Z").vertices("<XY").val().X', y: 'c.faces("+Z").vertices("<XY").val().Y', z: 'c.faces("+Z").vertices("<XY").val().Z' }, "Workplane().box(1, 1, 1, centered=False)")).toEqual({ size: 1, x: 0, y: 0, z: 1 });
  });

  it("testBoxCentered: the <X <Y <Z corner of a 10 x 11 x 12 box for centred and corner boxes", async () => {
    expect(
      await evaluate(
        {
          cx: 'c.vertices("<X and <Y and <Z").val().X',
          cy: 'c.vertices("<X and <Y and <Z").val().Y',
          cz: 'c.vertices("<X and <Y and <Z").val().Z',
          size: 'Workplane().box(10, 11, 12, centered=(False, True, False)).vertices("<X and <Y and <Z").size()',
          my: 'Workplane().box(10, 11, 12, centered=(False, True, False)).vertices("<X and <Y and <Z").val().Y',
        },
        "Workplane().box(10, 11, 12)",
      ),
    ).toEqual({ cx: -5, cy: -5.5, cz: -6, size: 1, my: -5.5 });
  });

  it("an index picks the n-th level of the faces facing the axis, as DirectionNthSelector: >Z[1] second from the bottom, >Z[-2] second from the top, <Z[-1] the bottom", async () => {
    expect(
      await evaluate(
        { second: 'c.faces(">Z[1]").val().Center().z', count: 'c.faces(">Z[1]").size()', belowTop: 'c.faces(">Z[-2]").val().Center().z', bottom: 'c.faces("<Z[-1]").val().Center().z' },
        "Workplane().box(4, 4, 2).faces('>Z').workplane().rect(2, 2).extrude(1)",
      ),
    ).toEqual({ second: 1, count: 1, belowTop: 1, bottom: -1 });
  });
});
