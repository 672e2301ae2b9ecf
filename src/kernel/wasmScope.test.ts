import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildModel, WasmScope, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { isDeleted } from "./kernelTestBuilds";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

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

  it("frees every part of a built model on dispose", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeBaseBox(20, 20, 2).fillet(0.5), name: "base" },
  { shape: makeCylinder(2, 10).translate(0, 0, 2), name: "pin" },
];`);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const shapes = outcome.model.parts.map((p) => p.shape);
    expect(shapes.some(isDeleted)).toBe(false);
    outcome.model.dispose();
    expect(shapes.every(isDeleted)).toBe(true);
  });

  it("frees what a failed build made before it failed", async () => {
    // The real dispose runs; the spy only notes how many objects the build's scope held then.
    const sizes: number[] = [];
    const original = WasmScope.prototype.dispose;
    const spy = vi.spyOn(WasmScope.prototype, "dispose").mockImplementation(function (this: WasmScope) {
      sizes.push(this.size);
      original.call(this);
      sizes.push(this.size);
    });
    try {
      const outcome = await buildModel(kernel, `const { makeBaseBox } = replicad;
const main = () => {
  const a = makeBaseBox(5, 5, 5);
  const b = a.translate(1, 0, 0);
  return b.fillet(50);
};`);
      expect(outcome.ok).toBe(false);
    } finally {
      spy.mockRestore();
    }
    expect(sizes.length).toBe(2);
    expect(sizes[0]).toBeGreaterThanOrEqual(2);
    expect(sizes[1]).toBe(0);
  });
});
