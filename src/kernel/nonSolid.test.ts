import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, meshModel, type BuiltModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";
import { isDeleted } from "../../tests/support/isDeleted";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

async function built(source: string): Promise<BuiltModel> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  return outcome.model;
}

/** Each coordinate axis (0, 1, 2) over every point of an array of xyz triples. */
function axisRange(points: Float32Array, axis: number): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = axis; i < points.length; i += 3) {
    lo = Math.min(lo, points[i]);
    hi = Math.max(hi, points[i]);
  }
  return [lo, hi];
}

describe("non-solids returned alone", () => {
  it("draws a 2D drawing as its outline in the XY plane", async () => {
    const model = await built(`const { drawCircle } = replicad;\nconst main = () => drawCircle(5);`);
    try {
      expect(model.parts).toEqual([]);
      expect(model.nonSolids.map(({ name, kind }) => ({ name, kind }))).toEqual([{ name: "drawing", kind: "drawing" }]);
      const [mesh] = meshModel(model).nonSolids;
      expect(mesh.indices.length).toBe(0);
      // A closed outline: many segments, every point on the circle, in z = 0.
      expect(mesh.lines.length / 6).toBeGreaterThan(16);
      expect(axisRange(mesh.lines, 2)).toEqual([0, 0]);
      for (let i = 0; i < mesh.lines.length; i += 3) expect(Math.hypot(mesh.lines[i], mesh.lines[i + 1])).toBeCloseTo(5, 3);
    } finally {
      model.dispose();
    }
  });

  it("draws a sketch as its outline, on the plane it was sketched on, holes included", async () => {
    const model = await built(`const { drawRectangle, drawCircle } = replicad;
const main = () => [
  { shape: drawRectangle(30, 20).sketchOnPlane("XZ"), name: "wall" },
  drawRectangle(20, 20).cut(drawCircle(4)).sketchOnPlane("XY", 10),
];`);
    try {
      expect(model.nonSolids.map(({ name, kind }) => ({ name, kind }))).toEqual([
        { name: "wall", kind: "sketch" },
        { name: "sketch 2", kind: "sketch" },
      ]);
      // Two wires for the plate with a hole: the square and the circle.
      expect(model.nonSolids[1].shapes).toHaveLength(2);
      const [wall, plate] = meshModel(model).nonSolids;
      expect(axisRange(wall.lines, 1)).toEqual([0, 0]);
      expect(axisRange(wall.lines, 0)).toEqual([-15, 15]);
      expect(axisRange(plate.lines, 2)).toEqual([10, 10]);
      expect(wall.indices.length + plate.indices.length).toBe(0);
    } finally {
      model.dispose();
    }
  });

  it("draws a drawing of separate pieces (Sketches) as every outline", async () => {
    const model = await built(`const { drawCircle } = replicad;
const main = () => drawCircle(3).fuse(drawCircle(3).translate(20, 0));`);
    try {
      expect(model.nonSolids[0].kind).toBe("drawing");
      expect(model.nonSolids[0].shapes).toHaveLength(2);
      expect(axisRange(meshModel(model).nonSolids[0].lines, 0).map((v) => Math.round(v))).toEqual([-3, 23]);
    } finally {
      model.dispose();
    }
  });

  it("draws a face as a surface with its border, a wire and an edge as lines", async () => {
    const model = await built(`const { makePolygon, makeLine, assembleWire } = replicad;
const main = () => [
  { shape: makePolygon([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]]), name: "lid", color: "#ff0000" },
  { shape: assembleWire([makeLine([0, 0, 5], [10, 0, 5]), makeLine([10, 0, 5], [10, 10, 5])]), name: "path" },
  { shape: makeLine([0, 0, 0], [0, 0, 30]), name: "axis" },
];`);
    try {
      const meshes = meshModel(model).nonSolids;
      expect(meshes.map(({ name, kind, color }) => ({ name, kind, color }))).toEqual([
        { name: "lid", kind: "face", color: "#ff0000" },
        { name: "path", kind: "wire", color: null },
        { name: "axis", kind: "edge", color: null },
      ]);
      const [lid, path, axis] = meshes;
      expect(lid.indices.length).toBe(6);
      expect(lid.normals.length).toBe(lid.positions.length);
      expect(lid.lines.length / 6).toBe(4);
      expect(path.indices.length).toBe(0);
      expect(path.lines.length / 6).toBe(2);
      expect(Array.from(axis.lines)).toEqual([0, 0, 0, 0, 0, 30]);
    } finally {
      model.dispose();
    }
  });

  it("draws a shell and a compound without a solid as surfaces", async () => {
    const model = await built(`const { makePolygon, weldShellsAndFaces, makeCompound, makeCircle } = replicad;
const main = () => [
  weldShellsAndFaces([makePolygon([[0, 0, 0], [10, 0, 0], [10, 10, 0]]), makePolygon([[0, 0, 0], [10, 0, 0], [5, 0, 10]])]),
  makeCompound([makePolygon([[0, 0, 20], [5, 0, 20], [5, 5, 20]]), makeCircle(2)]),
];`);
    try {
      const meshes = meshModel(model).nonSolids;
      expect(meshes.map(({ name, kind }) => ({ name, kind }))).toEqual([
        { name: "shell 1", kind: "shell" },
        { name: "compound 2", kind: "compound" },
      ]);
      expect(meshes[0].indices.length).toBe(6);
      expect(meshes[1].indices.length).toBe(3);
      // The compound's circle is an edge of its own: drawn as lines beside the triangle's border.
      expect(meshes[1].lines.length / 6).toBeGreaterThan(3);
    } finally {
      model.dispose();
    }
  });
});

describe("non-solids beside solids", () => {
  const MIXED = `const { makeCylinder, drawRoundedRectangle, makeLine } = replicad;
const main = () => [
  { shape: makeCylinder(5, 20), name: "post" },
  { shape: drawRoundedRectangle(40, 30, 4), name: "footprint", color: "#00aa00" },
  makeLine([0, 0, 20], [0, 0, 40]),
  { shape: makeCylinder(2, 5).translate(10, 0, 0) },
];`;

  it("keeps the solids as parts and the rest beside them, names unique over both", async () => {
    const model = await built(MIXED.replace('name: "footprint"', 'name: "post"'));
    try {
      expect(model.parts.map((p) => p.name)).toEqual(["post", "part 4"]);
      expect(model.nonSolids.map(({ name, kind }) => ({ name, kind }))).toEqual([
        { name: "post (2)", kind: "drawing" },
        { name: "edge 3", kind: "edge" },
      ]);
      expect(model.parts.every((p) => p.measured && p.measured.volume > 0)).toBe(true);
    } finally {
      model.dispose();
    }
  });

  it("meshes the parts as before: a drawing beside them changes nothing in their tessellation", async () => {
    const alone = await built(`const { makeCylinder } = replicad;
const main = () => [{ shape: makeCylinder(5, 20), name: "post" }, { shape: makeCylinder(2, 5).translate(10, 0, 0) }];`);
    const mixed = await built(MIXED);
    try {
      const a = meshModel(alone), b = meshModel(mixed);
      expect(b.quality).toEqual(a.quality);
      expect(Array.from(b.parts[0].positions)).toEqual(Array.from(a.parts[0].positions));
      expect(b.nonSolids.map((m) => m.name)).toEqual(["footprint", "edge 3"]);
    } finally {
      alone.dispose();
      mixed.dispose();
    }
  });

  it("frees every shape it made, the drawing's sketched wires included, when the model is disposed", async () => {
    const model = await built(MIXED);
    meshModel(model);
    const shapes = [...model.parts.map((p) => p.shape), ...model.nonSolids.flatMap((n) => n.shapes)];
    expect(shapes.length).toBe(4);
    expect(shapes.some(isDeleted)).toBe(false);
    model.dispose();
    expect(shapes.every(isDeleted)).toBe(true);
  });
});

describe("what is still refused", () => {
  it("a value that is no shape, drawing or sketch, naming the item", async () => {
    const f = await buildFailureOf(kernel, `const { drawCircle } = replicad;\nconst main = () => [drawCircle(2), { shape: "box" }];`);
    expect(f.class).toBe("invalid_return");
    expect(f.message).toBe("item 1 of main's returned array is a string, not a shape, drawing or sketch");
  });

  it("an empty drawing, saying why it cannot be drawn", async () => {
    const f = await buildFailureOf(kernel, `const { Drawing } = replicad;\nconst main = () => new Drawing();`);
    expect(f.class).toBe("invalid_return");
    expect(f.message).toMatch(/^main's return value is a drawing that cannot be laid on the XY plane .*empty drawing/);
  });
});
