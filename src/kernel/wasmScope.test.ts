import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, WasmScope, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const isDeleted = (obj: { wrapped: unknown }) => {
  try {
    void obj.wrapped;
    return false;
  } catch (error) {
    return /deleted/.test((error as Error).message);
  }
};

describe("WasmScope", () => {
  it("collects the objects a build makes and deletes them on dispose", async () => {
    const scope = new WasmScope();
    const { box, cut, vector } = await scope.collect(() => {
      const box = kernel.api.makeBaseBox(10, 10, 10);
      const cut = box.cut(kernel.api.makeCylinder(2, 30, [0, 0, -5]));
      const vector = new kernel.api.Vector([1, 2, 3]);
      return { box, cut, vector };
    });
    expect(scope.size).toBeGreaterThanOrEqual(4);
    expect([box, cut, vector].some(isDeleted)).toBe(false);
    scope.dispose();
    expect(scope.size).toBe(0);
    expect([box, cut, vector].every(isDeleted)).toBe(true);
    expect(() => scope.dispose()).not.toThrow();
  });

  it("does not collect objects made outside it", async () => {
    const scope = new WasmScope();
    const outside = kernel.api.makeBaseBox(1, 1, 1);
    await scope.collect(() => kernel.api.makeBaseBox(2, 2, 2));
    scope.dispose();
    expect(isDeleted(outside)).toBe(false);
    outside.delete();
  });

  it("frees every part of a built model on dispose, and a failed build leaves nothing alive", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeBaseBox(20, 20, 2).fillet(0.5), name: "base" },
  { shape: makeCylinder(2, 10).translate(0, 0, 2), name: "pin" },
];`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const shapes = outcome.model.parts.map((p) => p.shape);
    expect(shapes.some(isDeleted)).toBe(false);
    outcome.model.dispose();
    expect(shapes.every(isDeleted)).toBe(true);
  });

  it("keeps the heap from growing over repeated build and dispose", async () => {
    const source = `const { makeBaseBox, makeCylinder } = replicad;
const main = () => makeBaseBox(30, 30, 30).fillet(2).cut(makeCylinder(5, 40, [0, 0, -5]));`;
    const cycle = async () => {
      const outcome = await buildModel(kernel, source);
      if (!outcome.ok) throw new Error(outcome.error.message);
      outcome.model.parts[0].shape.mesh({ tolerance: 0.1, angularTolerance: 0.3 });
      outcome.model.dispose();
    };
    for (let i = 0; i < 5; i++) await cycle();
    const { heapBytes } = await import("./loadKernel");
    const before = heapBytes(kernel.oc);
    for (let i = 0; i < 40; i++) await cycle();
    expect(heapBytes(kernel.oc) - before).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
