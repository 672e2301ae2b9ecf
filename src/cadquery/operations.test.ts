import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

async function operations(source: string): Promise<number> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.message);
  outcome.model.dispose();
  return outcome.model.operationCount;
}

describe("the operations a CadQuery build reports (what efficiency compares with the reference)", () => {
  it("counts each call that makes geometry once, not the replicad calls inside it nor the selections' measurements", async () => {
    expect(await operations("import cadquery as cq\nresult = cq.Workplane().box(10, 10, 2)\n")).toBe(1);
    // box; the hole's tool and its cut; the edges the fillet reads are measured, the fillet is one.
    expect(await operations("import cadquery as cq\nresult = cq.Workplane().box(10, 10, 2).faces('>Z').workplane().hole(3).edges('|Z').fillet(1)\n")).toBe(4);
  });

  it("counts the same on every run, as replicad's count does", async () => {
    const source = "import cadquery as cq\nplate = cq.Workplane().box(10, 10, 2)\nfor x in (-3, 3):\n    plate = plate.cut(cq.Workplane().center(x, 0).circle(1).extrude(5))\nresult = plate\n";
    const counts = [await operations(source), await operations(source)];
    expect(counts).toEqual([7, 7]);
  });
});
