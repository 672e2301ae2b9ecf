import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, heapBytes, isValidShape, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

describe("isValidShape", () => {
  it("passes a filleted plate with holes, and 300 checks leave the WASM heap where it was", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox, makeCylinder } = replicad;
const main = () => {
  let plate = makeBaseBox(80, 40, 6).fillet(2);
  for (let i = 0; i < 4; i++) plate = plate.cut(makeCylinder(3, 20).translate(-30 + 20 * i, 0, -5));
  return plate;
};`);
    if (!outcome.ok) throw new Error(outcome.error.message);
    try {
      const shape = outcome.model.parts[0].shape;
      expect(isValidShape(shape)).toBe(true);
      // A new analyzer per check left ~0.5 MB each behind (the heap never shrinks, so it shows).
      const before = heapBytes(kernel.oc);
      for (let i = 0; i < 300; i++) isValidShape(shape);
      expect(heapBytes(kernel.oc) - before).toBe(0);
    } finally {
      outcome.model.dispose();
    }
  });
});
