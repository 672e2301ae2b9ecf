import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { RepeatedMembersItem } from "../../tasks/checklist";
import type { Task } from "../../tasks/types";
import { scoreCandidate } from "../index";

let kernel: Kernel;
let table: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  const catalogue = await loadCatalogueFromDisk();
  table = catalogue.tasks.find((t) => t.id === "table_six_leg_500n")!;
});

const legs: RepeatedMembersItem = {
  id: "legs",
  kind: "repeated_members",
  label: "four legs",
  member: "leg",
  count: 4,
  probe: { shape: "slab", axis: "z", span: [0.3, 0.7] },
};

/**
 * A 100 mm table whose four 10 x 10 mm legs are each two overlapping parts (z 0-60 and 40-95),
 * so that the slab z 30-70 meets each leg as two pieces that only their union makes one.
 */
const splitLegs = (extra = "") => `const { makeBaseBox } = replicad;
const main = () => {
  const parts = [{ shape: makeBaseBox(100, 100, 10).translate([0, 0, 90]), name: "top" }];
  for (const [x, y] of [[-40, -40], [40, -40], [-40, 40], [40, 40]]) {
    parts.push({ shape: makeBaseBox(10, 10, 60).translate([x, y, 0]), name: "lower leg " + x + " " + y });
    parts.push({ shape: makeBaseBox(10, 10, 55).translate([x, y, 40]), name: "upper leg " + x + " " + y });
  }
  ${extra}
  return parts;
};`;

describe("repeated members", () => {
  it("counts a member made of overlapping parts once, with the volume of their union inside the probe", async () => {
    const task: Task = { ...table, checklist: [legs] };
    const result = await scoreCandidate(kernel, task, splitLegs(), { mode: "fast" });
    const item = (result.metrics.semantic_parts.items as { measured: Record<string, unknown> }[])[0];
    expect(item.measured.found).toBe(4);
    // The slab is z 30-70: 40 mm of each 10 x 10 mm leg, the overlap counted once.
    expect(item.measured.piece_volumes_mm3).toEqual([4000, 4000, 4000, 4000]);
    expect(result.reward.semantic_parts).toBe(1);
  });

  it("joins pieces of different parts that touch inside the probe; a piece under a fifth of the largest is no member", async () => {
    const task: Task = { ...table, checklist: [legs] };
    // A bar at z 45-55 bridging the two front legs makes them one piece; a thin post stands alone.
    const bar = `parts.push({ shape: makeBaseBox(90, 10, 10).translate([0, -40, 45]), name: "bar" });
  parts.push({ shape: makeBaseBox(6, 6, 95).translate([0, 30, 0]), name: "post" });`;
    const result = await scoreCandidate(kernel, task, splitLegs(bar), { mode: "fast" });
    const item = (result.metrics.semantic_parts.items as { measured: Record<string, unknown> }[])[0];
    // The bridged pair: 2 x 4000 plus the bar's 70 mm between the legs (70 x 10 x 10); the post's
    // 6 x 6 x 40 mm is under a fifth of that, so the two front legs count as one member.
    expect(item.measured.piece_volumes_mm3).toEqual([15000, 4000, 4000, 1440]);
    expect(item.measured.found).toBe(3);
  });
});
