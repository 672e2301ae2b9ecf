import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { scoreCandidate } from "./index";

let kernel: Kernel;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});

describe("topology", () => {
  it("counts faces of next to no area, each matched with its own triangles, and only those", async () => {
    // The model's diagonal is ~118 mm, so a face under ~1.4e-5 mm2 is degenerate: the 2 um notch
    // cut from one corner of the block leaves three faces of 4e-6 mm2; the 0.2 mm notch at
    // another corner leaves three of 0.04 mm2, small but real.
    const source = `const { makeBaseBox } = replicad;
const main = () => {
  let block = makeBaseBox(100, 60, 20);
  block = block.cut(makeBaseBox(0.002, 0.002, 0.002).translate([49.999, 29.999, 19.998]));
  block = block.cut(makeBaseBox(0.2, 0.2, 0.2).translate([-49.9, -29.9, 19.8]));
  return [{ shape: block, name: "block" }, { shape: makeBaseBox(10, 10, 10).translate([0, 0, 20]), name: "cap" }];
};`;
    const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
    expect(result.ok).toBe(true);
    expect(result.metrics.topology.degenerate_faces).toEqual([{ part: "block", faces: 3 }]);
    expect(result.notes).toContain("block has 3 degenerate faces of zero area");
  });

  it("counts a part with a closed cavity as one solid, and a second solid in the same part as two", async () => {
    // A closed cavity's surface is a second shell, inside out: it must not count as a solid,
    // nor make the hollow part's material overlap itself or float apart from it.
    const hollow = "makeBaseBox(40, 40, 40).cut(makeBaseBox(20, 20, 20).translate([0, 0, 10]))";
    const one = await scoreCandidate(kernel, caster, `const { makeBaseBox } = replicad;
const main = () => [{ shape: ${hollow}, name: "shell" }];`, { mode: "fast" });
    expect(one.metrics.topology.components).toBe(1);
    expect(one.metrics.topology.overlapping_parts).toEqual([]);
    expect(one.metrics.contact.bodies).toBe(1);
    expect(one.parts[0].volume_mm3).toBeCloseTo(40 ** 3 - 20 ** 3, 3);

    const two = await scoreCandidate(kernel, caster, `const { makeBaseBox } = replicad;
const main = () => [{ shape: ${hollow}.fuse(makeBaseBox(10, 10, 10).translate([60, 0, 0])), name: "shell" }];`, { mode: "fast" });
    expect(two.metrics.topology.components).toBe(2);
    expect(two.metrics.contact.bodies).toBe(2);
    expect(two.metrics.contact.floating).toEqual([{ parts: ["shell"], gap_mm: 35, nearest: "shell", volume_share: expect.any(Number) }]);
  });
});
