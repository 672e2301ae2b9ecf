import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { ThroughHolesItem } from "../tasks/checklist";
import type { Task } from "../tasks/types";
import type { BoxMm, ChecklistStatus, ScoreResult, Target } from "./types";
import { scoreCandidate } from "./index";

let kernel: Kernel;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});

async function score(task: Task, parts: string): Promise<ScoreResult> {
  const source = `const { makeBaseBox, makeCylinder } = replicad;
const main = () => [${parts}];`;
  const result = await scoreCandidate(kernel, task, source, { mode: "fast" });
  expect(result.ok).toBe(true);
  expect(result.note_targets).toHaveLength(result.notes.length);
  return result;
}

/** The note that starts so, with its target. */
function noted(result: ScoreResult, match: RegExp): { note: string; target: Target } {
  const index = result.notes.findIndex((n) => match.test(n));
  expect(index, `no note matches ${match}: ${result.notes.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return { note: result.notes[index], target: result.note_targets[index] };
}

const boxOf = (result: ScoreResult, name: string): BoxMm => result.parts.find((p) => p.name === name)!.bbox;
const inside = (inner: BoxMm, outer: BoxMm) => [0, 1, 2].every((k) => inner[0][k] >= outer[0][k] - 1e-3 && inner[1][k] <= outer[1][k] + 1e-3);
const items = (result: ScoreResult) => result.metrics.semantic_parts.items as ChecklistStatus[];

describe("what notes and checklist lines speak of", () => {
  it("an overlap: the two parts, and the box of the material they share, inside both", async () => {
    const result = await score(
      caster,
      `{ shape: makeBaseBox(100, 10, 10), name: "beam" },
  // Its last 5 mm sunk into the beam: 4 x 4 x 5 mm in common, an eighth of it.
  { shape: makeBaseBox(4, 4, 40).translate([40, 0, 5]), name: "post" }`,
    );
    const { target } = noted(result, /^beam and post run into each other/);
    expect(target.parts).toEqual(["beam", "post"]);
    expect(target.overlaps).toEqual([{ parts: ["beam", "post"], bbox: [[38, -2, 5], [42, 2, 10]], volume_mm3: 80 }]);
    expect(inside(target.overlaps[0].bbox, boxOf(result, "beam"))).toBe(true);
    expect(inside(target.overlaps[0].bbox, boxOf(result, "post"))).toBe(true);
    expect([target.floating, target.holes]).toEqual([[], []]);
  });

  it("a floating part: named as floating with the box of its material, beside the part it should touch", async () => {
    const result = await score(
      caster,
      `{ shape: makeBaseBox(80, 80, 10), name: "base" },
  { shape: makeBaseBox(10, 10, 60).translate([0, 0, 10]), name: "column" },
  // 5 mm above the column's top.
  { shape: makeBaseBox(30, 30, 4).translate([0, 0, 75]), name: "cap" }`,
    );
    const { target } = noted(result, /^cap floats 5\.0 mm/);
    expect(target.floating).toEqual([{ parts: ["cap"], bbox: boxOf(result, "cap") }]);
    expect(target.parts).toEqual(["cap", "column"]);
    expect([target.overlaps, target.holes]).toEqual([[], []]);
  });

  it("holes counted: one target each, on its axis, through the middle of its walls, with its radius and length", async () => {
    const holes: ThroughHolesItem = { id: "holes", kind: "through_holes", label: "three vertical holes", count: 3, diameter_mm: [5, 9], axis: "z" };
    const any: ThroughHolesItem = { id: "any_holes", kind: "through_holes", label: "holes any way", count: 4, diameter_mm: [5, 9] };
    const result = await score(
      { ...caster, checklist: [holes, any] },
      `{ shape: (() => {
    let plate = makeBaseBox(90, 60, 8);
    for (const [x, y, d] of [[-30, -15, 6], [0, 15, 8], [30, -15, 6]]) plate = plate.cut(makeCylinder(d / 2, 8, [x, y, 0], [0, 0, 1]));
    // Along X through the plate's thickness, 4 mm up: counted by the second line only.
    return plate.cut(makeCylinder(3, 90, [-45, 0, 4], [1, 0, 0]));
  })(), name: "plate" },
  { shape: makeBaseBox(20, 20, 20).translate([0, 0, -20]), name: "block" }`,
    );
    const [vertical, everyWay] = items(result);
    expect(vertical.targets.parts).toEqual(["plate"]);
    const byX = (t: Target) => [...t.holes].sort((a, b) => a.centre[0] - b.centre[0] || a.direction[0] - b.direction[0]);
    expect(byX(vertical.targets)).toEqual([
      { part: "plate", centre: [-30, -15, 4], direction: [0, 0, 1], radius_mm: 3, length_mm: 8 },
      { part: "plate", centre: [0, 15, 4], direction: [0, 0, 1], radius_mm: 4, length_mm: 8 },
      { part: "plate", centre: [30, -15, 4], direction: [0, 0, 1], radius_mm: 3, length_mm: 8 },
    ]);
    const across = everyWay.targets.holes.filter((h) => h.direction[0] === 1);
    expect(everyWay.targets.holes).toHaveLength(4);
    expect(across).toHaveLength(1);
    // Its walls run the plate's whole width.
    expect(across[0]).toMatchObject({ part: "plate", direction: [1, 0, 0], radius_mm: 3, length_mm: 90 });
    expect(across[0].centre.map((v) => Math.abs(v) + 0)).toEqual([0, 0, 4]);
  });

  it("a checklist line names the parts that play its role, and its holes; the targets come out the same every run", async () => {
    const source = await readFile("tasks/caster_wheel_fork/reference.js", "utf8");
    const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
    const playing = (role: string) => result.parts.filter((p) => p.roles.includes(role)).map((p) => p.name);
    const byId = new Map(items(result).map((i) => [i.id, i]));
    for (const role of ["wheel", "axle", "fork", "swivel_stem", "mounting_plate"]) {
      expect(playing(role).length, role).toBeGreaterThan(0);
      expect(byId.get(role)!.targets.parts, role).toEqual(playing(role));
    }
    expect(byId.get("fork_legs")!.targets.parts).toEqual(playing("fork"));
    // Each leg it counted, where the probe cut it: inside the fork's parts, apart from each other.
    const legs = byId.get("fork_legs")!.targets.regions;
    expect(legs.map((r) => r.kind)).toEqual(["member", "member"]);
    const fork = playing("fork").map((name) => boxOf(result, name));
    for (const leg of legs) expect(fork.some((box) => inside(leg.bbox, box)), JSON.stringify(leg)).toBe(true);
    const apart = [0, 1, 2].some((k) => legs[0].bbox[1][k] < legs[1].bbox[0][k] || legs[1].bbox[1][k] < legs[0].bbox[0][k]);
    expect(apart).toBe(true);
    const plateHoles = byId.get("plate_holes")!.targets;
    expect(plateHoles.parts).toEqual(playing("mounting_plate"));
    expect(plateHoles.holes).toHaveLength(4);
    const plate = boxOf(result, playing("mounting_plate")[0]);
    for (const hole of plateHoles.holes) {
      expect(hole.direction).toEqual([0, 0, 1]);
      expect(inside([hole.centre, hole.centre], plate)).toBe(true);
    }
    expect(byId.get("envelope")!.targets).toEqual({ parts: [], overlaps: [], floating: [], holes: [], regions: [] });
    const again = await scoreCandidate(kernel, caster, source, { mode: "fast" });
    expect(JSON.stringify([again.note_targets, items(again).map((i) => i.targets)])).toBe(JSON.stringify([result.note_targets, items(result).map((i) => i.targets)]));
  });
});
