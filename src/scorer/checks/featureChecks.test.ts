import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../kernel";
import { buildModel } from "../../kernel/buildModel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import type { FootNotchItem, KeepsClearItem, OpeningsItem, RecessesItem, UpturnItem } from "../../tasks/checklist";
import { loadManifold } from "../geometry/manifold";
import { measureModel, type ModelGeometry } from "../geometry/modelGeometry";
import { checkClearance } from "./clearanceCheck";
import { checkRecesses } from "./recessesCheck";
import { checkOpenings } from "./openingsCheck";
import { checkUpturn } from "./upturnCheck";
import { checkFootNotch } from "./footNotchCheck";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  await loadManifold();
});

/** Builds `source` and hands its geometry to `use`, freeing both after. */
async function withGeometry<T>(source: string, use: (model: ModelGeometry) => T): Promise<T> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  const model = measureModel(outcome.model, false);
  try {
    return use(model);
  } finally {
    model.dispose();
    outcome.model.dispose();
  }
}

/** A 100 x 40 x 60 mm saddle: a half ring of radius 40-50 about Y on two flanges, or a block of the same box. */
const saddle = `const { draw, makeBox } = replicad;
const main = () => {
  const arch = draw([-50, 0]).lineTo([-40, 0]).threePointsArcTo([40, 0], [0, 40]).lineTo([50, 0]).threePointsArcTo([-50, 0], [0, 50]).close()
    .sketchOnPlane("XZ").extrude(40).translate([0, 20, 0]);
  return [{ shape: arch.fuse(makeBox([-70, -20, 0], [-50, 20, 6])).fuse(makeBox([50, -20, 0], [70, 20, 6])), name: "strap" }];
};`;
const block = `const { makeBox } = replicad;
const main = () => [{ shape: makeBox([-70, -20, 0], [70, 20, 50]), name: "strap" }];`;

const pipeRoom: KeepsClearItem = { id: "room", kind: "keeps_clear", label: "room for the pipe", region: { x: [0.4, 0.6], y: [0.1, 0.9], z: [0, 0.5] } };

describe("keeps_clear", () => {
  it("passes a saddle that leaves the pipe's room empty, and fails a block filling it, with the share and the room's size", async () => {
    const open = await withGeometry(saddle, (m) => checkClearance(m, pipeRoom));
    expect(open.credit).toBe(1);
    expect(open.measured.fill).toBe(0);
    const filled = await withGeometry(block, (m) => checkClearance(m, pipeRoom));
    expect(filled.credit).toBe(0);
    expect(filled.measured.fill).toBeCloseTo(1, 6);
    expect(filled.note).toBe("100 % of the 28 x 32 x 25 mm room the task keeps clear is material (at most 5 %): room for the pipe");
    // The line speaks of the room itself: x -14..14, y -16..16 (the 40 mm strap's middle 80 %), z 0..25.
    expect(filled.targets?.regions).toEqual([{ kind: "room", bbox: [[-14, -16, 0], [14, 16, 25]] }]);
  });

  it("gives partial credit for a room partly taken, none when a quarter of it is material", async () => {
    // The region is 28 x 32 x 25 mm at x -14..14, z 0..25; a bar 8 mm tall fills 32 % of it.
    const barred = saddle.replace(`name: "strap" }];`, `name: "strap" }, { shape: makeBox([-40, -20, 0], [40, 20, 8]), name: "bar" }];`);
    const result = await withGeometry(barred, (m) => checkClearance(m, pipeRoom));
    expect(result.measured.fill).toBeCloseTo(0.32, 3);
    expect(result.credit).toBe(0);
    const thin = saddle.replace(`name: "strap" }];`, `name: "strap" }, { shape: makeBox([-40, -20, 0], [40, 20, 3]), name: "bar" }];`);
    const some = await withGeometry(thin, (m) => checkClearance(m, pipeRoom));
    expect(some.measured.fill).toBeCloseTo(0.12, 3);
    expect(some.credit).toBeCloseTo(1 - (0.12 - 0.05) / 0.2, 3);
  });
});

/** A 200 x 100 x 20 mm board with `n` grooves 2 mm deep across its top, bordered 10 mm from the edges (or running off them). */
const board = (n: number, bordered: boolean) => `const { makeBox } = replicad;
const main = () => {
  let b = makeBox([-100, -50, 0], [100, 50, 20]);
  for (let i = 0; i < ${n}; i++) {
    const x = -80 + i * 20;
    b = b.cut(makeBox([x, ${bordered ? -40 : -60}, 18], [x + 4, ${bordered ? 40 : 60}, 21]));
  }
  return [{ shape: b, name: "tread" }];
};`;
const grooves = (face: RecessesItem["face"]): RecessesItem => ({ id: "grooves", kind: "recesses", label: "grooves across the tread", part: "tread", face, count: { min: 3, max: 60 } });
const top = grooves({ axis: "z", side: "max" });

describe("recesses", () => {
  it("counts grooves bordered all round and grooves running off the edges alike", async () => {
    for (const bordered of [true, false]) {
      const result = await withGeometry(board(5, bordered), (m) => checkRecesses(top, m.parts));
      expect(result.measured.found_per_part, `bordered ${bordered}`).toEqual({ tread: 5 });
      expect(result.credit).toBe(1);
    }
  });

  it("finds none on a plain board or on the face without them, and says how many it counted where", async () => {
    const plain = await withGeometry(board(0, true), (m) => checkRecesses(top, m.parts));
    expect(plain.credit).toBe(0);
    expect(plain.note).toBe("counted 0 in tread on the +Z face, where the task asks for 3 to 60 in each: grooves across the tread");
    const underside = await withGeometry(board(5, true), (m) => checkRecesses(grooves({ axis: "z", side: "min" }), m.parts));
    expect(underside.measured.found_per_part).toEqual({ tread: 0 });
  });

  it("reads a face along any axis: the board stood on its side has its grooves on +Y or -Y", async () => {
    for (const [turn, side] of [[-90, "max"], [90, "min"]] as const) {
      const stood = board(4, true).replace("return [{ shape: b,", `return [{ shape: b.rotate(${turn}, [0, 0, 0], [1, 0, 0]),`);
      const result = await withGeometry(stood, (m) => checkRecesses(grooves({ axis: "y", side }), m.parts));
      expect(result.measured.found_per_part, `turned ${turn}`).toEqual({ tread: 4 });
    }
  });

  it("gives no credit when nothing plays the role", () => {
    const result = checkRecesses(top, []);
    expect(result.credit).toBe(0);
    expect(result.note).toContain("nothing plays the tread yet");
  });
});

describe("openings", () => {
  const vents: OpeningsItem = { id: "vents", kind: "openings", label: "slots through the deck", part: "deck", count: { min: 3, max: 10 } };
  /** A 200 x 100 x 6 mm deck with rounded slots through it and pockets cut part way in; `twice` returns two such decks as one part. */
  const deck = (slots: number, pockets: number, twice = false) => `const { makeBox, drawRoundedRectangle } = replicad;
const main = () => {
  const one = (y0) => {
    let d = makeBox([-100, y0, 0], [100, y0 + 100, 6]);
    for (let i = 0; i < ${slots}; i++) d = d.cut(drawRoundedRectangle(10, 60, 4.9).sketchOnPlane("XY", -1).extrude(8).translate([-80 + 20 * i, y0 + 50, 0]));
    for (let i = 0; i < ${pockets}; i++) d = d.cut(makeBox([60 + 12 * i, y0 + 20, 3], [68 + 12 * i, y0 + 80, 7]));
    return d;
  };
  return [{ shape: ${twice ? "replicad.makeCompound([one(0), one(150)])" : "one(0)"}, name: "deck" }];
};`;

  it("counts slots right through, of any outline, and not pockets cut part way in", async () => {
    const result = await withGeometry(deck(4, 2), (m) => checkOpenings(vents, m.parts));
    expect(result.measured.found).toBe(4);
    expect(result.credit).toBe(1);
    const pocketsOnly = await withGeometry(deck(0, 3), (m) => checkOpenings(vents, m.parts));
    expect(pocketsOnly.measured.found).toBe(0);
    expect(pocketsOnly.note).toBe("found 0 openings through deck; the task asks for 3 to 10: slots through the deck");
  });

  it("adds the openings of each solid of a part", async () => {
    const result = await withGeometry(deck(2, 0, true), (m) => checkOpenings(vents, m.parts));
    expect(result.measured.found).toBe(4);
  });
});

/** A plate on the wall (X = 0) and a bar that drops from it: a J with its tip, an L that runs out level, a bar that only drops. */
const HOOK_PROFILES = {
  tip: "draw([8, 120]).lineTo([20, 120]).lineTo([20, 50]).threePointsArcTo([100, 50], [60, 10]).lineTo([100, 90]).lineTo([88, 90]).lineTo([88, 50]).threePointsArcTo([32, 50], [60, 22]).lineTo([32, 120]).close()",
  level: "draw([8, 120]).lineTo([20, 120]).lineTo([20, 22]).lineTo([130, 22]).lineTo([130, 10]).lineTo([8, 10]).close()",
  drop: "draw([8, 120]).lineTo([20, 120]).lineTo([130, 10]).lineTo([118, 10]).lineTo([8, 110]).close()",
};
const hookOf = (end: keyof typeof HOOK_PROFILES) => `const { draw, makeBox } = replicad;
const main = () => {
  const plate = makeBox([0, -20, 40], [8, 20, 160]);
  const arm = ${HOOK_PROFILES[end]}.sketchOnPlane("XZ", [0, 8, 0]).extrude(16);
  return [{ shape: plate, name: "wall plate" }, { shape: arm, name: "hook arm" }];
};`;

const tip: UpturnItem = { id: "tip", kind: "upturn", label: "the bar turns back up into a tip", part: "hook arm", outward: "x" };

describe("upturn", () => {
  it("finds the tip of a J past its bend, and none on a bar that runs out level or only drops", async () => {
    const armOf = (model: ModelGeometry) => model.parts.filter((p) => p.name === "hook arm");
    const j = await withGeometry(hookOf("tip"), (model) => checkUpturn(model, tip, armOf(model)));
    expect(j.credit).toBe(1);
    expect(j.measured.rise_mm).toBeGreaterThan(70);
    for (const end of ["level", "drop"] as const) {
      const bar = await withGeometry(hookOf(end), (model) => checkUpturn(model, tip, armOf(model)));
      expect(bar.credit, end).toBeLessThan(0.2);
      expect(bar.note, end).toContain("turn its end back up");
    }
  });
});

/**
 * A 50 x 30 x 40 mm U: a 3 mm floor, walls at x = +-25 that the servo drops between, the U open
 * along Y. `cut` is taken out of the +X wall: a slot up from its foot, a window higher, or none.
 */
const cradleOf = (cut: "slot" | "window" | "high" | "none") => `const { makeBox } = replicad;
const main = () => {
  let u = makeBox([-25, -15, 0], [25, 15, 3]).fuse(makeBox([-25, -15, 3], [-22, 15, 40])).fuse(makeBox([22, -15, 3], [25, 15, 40]));
  const cuts = { slot: [3, 10], window: [6, 12], high: [28, 34] };
  if ("${cut}" !== "none") { const [z0, z1] = cuts["${cut}"]; u = u.cut(makeBox([21, -4, z0], [26, 4, z1])); }
  return [{ shape: u, name: "cradle" }];
};`;

const notch: FootNotchItem = { id: "notch", kind: "foot_notch", label: "a cable notch at a wall's foot", part: "cradle" };

describe("foot_notch", () => {
  it("finds a slot up from a wall's foot and a window low in it, not the U's open ends, a notch high up or a solid block", async () => {
    for (const cut of ["slot", "window"] as const) {
      const found = await withGeometry(cradleOf(cut), (model) => checkFootNotch(notch, model.parts));
      expect(found.credit, cut).toBe(1);
      expect(found.measured).toMatchObject({ axis: "x", side: "max" });
      // The way out is marked from the middle through the notched +X wall, inside the cut's width.
      const [[x0, y0], [x1, y1]] = found.targets!.regions![0].bbox;
      expect([x0, x1]).toEqual([0, 25]);
      expect(Math.abs(y0)).toBeLessThan(4);
      expect(y1).toBe(y0);
    }
    for (const cut of ["none", "high"] as const) {
      const none = await withGeometry(cradleOf(cut), (model) => checkFootNotch(notch, model.parts));
      expect(none.credit, cut).toBe(0);
      expect(none.note, cut).toContain("cut a notch at a wall's foot");
    }
    const solid = await withGeometry(`const main = () => [{ shape: replicad.makeBox([-25, -15, 0], [25, 15, 40]), name: "cradle" }];`, (model) => checkFootNotch(notch, model.parts));
    expect(solid.credit).toBe(0);
  });
});
