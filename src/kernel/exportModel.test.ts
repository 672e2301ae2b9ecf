import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel, exportSTEPFile, exportSTL, meshQualityFor, type BuiltModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";

let kernel: Kernel;
let model: BuiltModel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  const outcome = await buildModel(kernel, `const { makeBaseBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeBaseBox(40, 20, 5), name: "base_plate", color: "#3366cc" },
  { shape: makeCylinder(4, 15).translate(0, 0, 5), name: "axle pin" },
];`);
  if (!outcome.ok) throw new Error(outcome.error.message);
  model = outcome.model;
});

afterAll(() => model?.dispose());

describe("exportSTL", () => {
  it("writes a binary STL whose triangle count matches its length and whose vertices lie in the model", async () => {
    const buffer = await exportSTL(model.parts, meshQualityFor(model.parts));
    const view = new DataView(buffer);
    const triangles = view.getUint32(80, true);
    expect(triangles).toBeGreaterThan(12 + 20);
    expect(buffer.byteLength).toBe(84 + triangles * 50);

    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let t = 0; t < triangles; t++) {
      const base = 84 + t * 50;
      const normal = [0, 1, 2].map((k) => view.getFloat32(base + k * 4, true));
      expect(Math.hypot(...normal)).toBeCloseTo(1, 2);
      for (let v = 0; v < 3; v++) {
        for (let k = 0; k < 3; k++) {
          const c = view.getFloat32(base + 12 + v * 12 + k * 4, true);
          min[k] = Math.min(min[k], c);
          max[k] = Math.max(max[k], c);
        }
      }
    }
    const round = (a: number[]) => a.map((v) => Math.round(v * 100) / 100);
    expect(round(min)).toEqual([-20, -10, 0]);
    expect(round(max)).toEqual([20, 10, 20]);
  });
});

describe("exportSTEPFile", () => {
  it("writes a STEP file that names every part", async () => {
    const text = new TextDecoder().decode(await exportSTEPFile(model.parts));
    expect(text.startsWith("ISO-10303-21;")).toBe(true);
    expect(text.trimEnd().endsWith("END-ISO-10303-21;")).toBe(true);
    expect(text).toMatch(/PRODUCT\s*\(\s*'base_plate'/);
    expect(text).toMatch(/PRODUCT\s*\(\s*'axle pin'/);
    expect(text).toContain("MANIFOLD_SOLID_BREP");
  });
});

describe("exports leave the model intact", () => {
  it("keeps every part usable after an STL export of several parts", async () => {
    await exportSTL(model.parts, meshQualityFor(model.parts));
    for (const part of model.parts) expect(() => part.shape.boundingBox).not.toThrow();
  });
});

describe("exports of a model with non-solids", () => {
  it("hold the solids only, and a model of non-solids alone has nothing to export", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox, drawCircle, makeLine } = replicad;
const main = () => [
  { shape: makeBaseBox(40, 20, 5), name: "base_plate" },
  { shape: drawCircle(80), name: "big outline" },
  { shape: makeLine([0, 0, 0], [0, 0, 500]), name: "tall axis" },
];`);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const mixed = outcome.model;
    try {
      const step = new TextDecoder().decode(await exportSTEPFile(mixed.parts));
      expect(step).toMatch(/PRODUCT\s*\(\s*'base_plate'/);
      expect(step).not.toContain("big outline");
      expect(step).not.toContain("tall axis");
      const stl = new DataView(await exportSTL(mixed.parts, meshQualityFor(mixed.parts)));
      let top = -Infinity;
      for (let t = 0; t < stl.getUint32(80, true); t++) for (let v = 0; v < 3; v++) top = Math.max(top, stl.getFloat32(84 + t * 50 + 12 + v * 12 + 8, true));
      expect(Math.round(top)).toBe(5);
    } finally {
      mixed.dispose();
    }
    const flat = await buildModel(kernel, `const { drawCircle } = replicad;\nconst main = () => drawCircle(5);`);
    if (!flat.ok) throw new Error(flat.error.message);
    try {
      await expect(exportSTL(flat.model.parts, { tolerance: 0.1, angularTolerance: 0.3 })).rejects.toThrow("nothing to export as STL: the model has no solid");
      await expect(exportSTEPFile(flat.model.parts)).rejects.toThrow("nothing to export as STEP: the model has no solid");
    } finally {
      flat.model.dispose();
    }
  });
});
