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

type Floating = { parts: string[]; gap_mm: number; nearest: string };

async function contactOf(parts: string) {
  const source = `const { makeBaseBox, makeCylinder } = replicad;
const main = () => [${parts}];`;
  const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
  expect(result.ok).toBe(true);
  const touches = Object.fromEntries(result.parts.map((p) => [p.name, p.touches]));
  return { touches, floating: result.metrics.contact.floating as Floating[], overlaps: result.metrics.contact.overlaps, score: result.reward.contact };
}

describe("contact", () => {
  it("joins bodies that overlap without a vertex near the other's surface, and measures what they share: crossed beams, a sunk leg, an axle in its bore", async () => {
    const { touches, floating, score, overlaps } = await contactOf(`
  { shape: makeBaseBox(100, 10, 10), name: "beam x" },
  // Crosses beam x through its middle: no vertex of either is inside or near the other.
  { shape: makeBaseBox(10, 100, 10).translate([0, 0, 0]), name: "beam y" },
  // Sunk 5 mm into beam x from above, its top far from any surface of the beam.
  { shape: makeBaseBox(4, 4, 40).translate([40, 0, 5]), name: "post" },
  // Through a 6 mm bore in a block standing on beam y; the bore's wall lies on the axle.
  { shape: makeBaseBox(20, 10, 30).translate([0, 40, 10]).cut(makeCylinder(3, 10, [0, 35, 30], [0, 1, 0])), name: "block" },
  { shape: makeCylinder(3, 40, [0, 20, 30], [0, 1, 0]), name: "axle" }`);
    expect(floating).toEqual([]);
    // The beams share a 10 mm cube, 10 % of either; the post's last 5 mm, 12.5 % of it, are inside
    // beam x; the axle fills its bore exactly. Beyond the 5 % joint allowance each excess costs twice.
    expect(overlaps).toEqual([
      { parts: ["beam x", "post"], volume_mm3: 80, share_of_smaller: 0.125 },
      { parts: ["beam x", "beam y"], volume_mm3: 1000, share_of_smaller: 0.1 },
    ]);
    expect(score).toBeCloseTo(1 - 2 * (0.075 + 0.05), 9);
    expect(touches["beam x"]).toEqual(["beam y", "post"]);
    expect(touches["block"]).toEqual(["axle", "beam y"]);
  });

  it("keeps apart bodies inside another's box but not its material: a cube in a cup, a pin with clearance in a bore", async () => {
    const { touches, floating } = await contactOf(`
  { shape: makeBaseBox(60, 60, 60).cut(makeBaseBox(40, 40, 60).translate([0, 0, 10])), name: "shell" },
  // 4 mm clear of the walls and floor of the 40 mm cup.
  { shape: makeBaseBox(32, 32, 32).translate([0, 0, 14]), name: "cube" },
  // A 10 mm pin through a 14 mm bore in a plate on the shell: 2 mm clear all round.
  { shape: makeBaseBox(60, 10, 30).translate([0, 0, 60]).cut(makeCylinder(7, 10, [0, -5, 75], [0, 1, 0])), name: "plate" },
  { shape: makeCylinder(5, 40, [0, -20, 75], [0, 1, 0]), name: "pin" }`);
    expect(touches["shell"]).toEqual(["plate"]);
    const byPart = Object.fromEntries(floating.map((f) => [f.parts.join(), f]));
    expect(Object.keys(byPart).sort()).toEqual(["cube", "pin"]);
    expect(byPart.cube.nearest).toBe("shell");
    expect(byPart.cube.gap_mm).toBeCloseTo(4, 1);
    // The bore and the pin are tessellated polygons: their gap is 2 mm less a chord's sag.
    expect(byPart.pin.nearest).toBe("plate");
    expect(byPart.pin.gap_mm).toBeCloseTo(2, 1);
  });
});
