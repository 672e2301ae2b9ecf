import { beforeAll, describe, expect, it } from "vitest";
import { Compound, makeBaseBox } from "replicad";
import { buildModel, faceCount, shapeFaces, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

async function partsOf(source: string) {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.model;
}

describe("shapeFaces", () => {
  it("lists the faces replicad's getter lists, in the same order, on a plate with 30 holes", async () => {
    const model = await partsOf(`const { makeBaseBox, makeCylinder } = replicad;
const main = () => {
  let plate = makeBaseBox(120, 60, 6);
  for (let i = 0; i < 10; i++) for (let j = 0; j < 3; j++) plate = plate.cut(makeCylinder(2, 20).translate(-50 + 11 * i, -15 + 15 * j, -5));
  return plate;
};`);
    try {
      const shape = model.parts[0].shape;
      const theirs = shape.faces;
      const ours = shapeFaces(shape);
      expect(ours.length).toBe(36);
      expect(ours.map((f, i) => f.wrapped.IsEqual(theirs[i].wrapped))).toEqual(theirs.map(() => true));
      for (const f of [...theirs, ...ours]) f.delete();
    } finally {
      model.dispose();
    }
  });

  it("counts a face the shape holds twice (one solid added twice to a compound) once, as replicad does", () => {
    const oc = kernel.oc as any;
    const box = makeBaseBox(10, 10, 10);
    const builder = new oc.TopoDS_Builder();
    const compound = new oc.TopoDS_Compound();
    builder.MakeCompound(compound);
    builder.Add(compound, box.wrapped);
    builder.Add(compound, box.wrapped);
    const shape = new Compound(compound);
    try {
      const theirs = shape.faces;
      expect(theirs.length).toBe(6);
      expect(faceCount(shape)).toBe(6);
      for (const f of theirs) f.delete();
    } finally {
      for (const o of [shape, box, builder]) o.delete();
    }
  });
});
