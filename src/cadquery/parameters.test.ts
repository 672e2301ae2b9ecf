import { beforeAll, describe, expect, it } from "vitest";
import { measureVolume } from "replicad";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const PLATE = `import cadquery as cq
width = 40.0
depth = 20
thickness = depth / 10
label = "plate"
def plate(w):
    return cq.Workplane().box(w, depth, thickness)
result = plate(width)
`;

describe("a CadQuery program's parameters", () => {
  it("are its top-level name = number assignments; overrides replace them before it runs", async () => {
    const plain = await buildModel(kernel, PLATE);
    const wider = await buildModel(kernel, PLATE, { width: 50, depth: 10, label: 3 });
    expect(plain.ok && wider.ok).toBe(true);
    if (!plain.ok || !wider.ok) return;
    // `thickness = depth / 10` is an expression, `label` a string: neither is a parameter.
    expect(plain.model.defaultParams).toEqual({ width: 40, depth: 20 });
    expect(measureVolume(plain.model.parts[0].shape)).toBeCloseTo(40 * 20 * 2, 6);
    expect(wider.model.params).toEqual({ width: 50, depth: 10 });
    expect(measureVolume(wider.model.parts[0].shape)).toBeCloseTo(50 * 10 * 1, 6);
    plain.model.dispose();
    wider.model.dispose();
  });

  it("feed the editability figures, read from Python's syntax tree", async () => {
    const outcome = await buildModel(kernel, PLATE + "unused = 3\nfor i in range(2):\n    pass\n");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.model.program).toMatchObject({
      language: "python",
      editability: { params: 3, usedParams: ["width", "depth"], unusedParams: ["unused"], helpers: 1, loops: 1 },
    });
    outcome.model.dispose();
  });
});
