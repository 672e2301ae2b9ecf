import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import { nameAffinity } from "../../tasks/checklist";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { Task } from "../../tasks/types";
import { scoreCandidate, type ScoreResult } from "../index";
import { principalAxes } from "./principalAxes";
import { measureShape, shapeAxes, type ShapeMeasures } from "./partShape";
import { buildModel } from "../../kernel/buildModel";
import { measureModel } from "../geometry/modelGeometry";
import { loadManifold } from "../geometry/manifold";

let kernel: Kernel;
let tasks: Map<string, Task>;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = new Map((await loadCatalogueFromDisk()).tasks.map((t) => [t.id, t]));
});

const task = (id: string) => tasks.get(id)!;

/** The task's reference with its returned parts passed through `wrap` (a JS expression over `parts`). */
function referenceWith(t: Task, wrap: string): string {
  return `${t.reference}\nconst __main = main;\nmain = (r, params) => { const parts = __main(r, params); return ${wrap}; };`.replace("const main =", "let main =");
}

const items = (r: ScoreResult) => (r.metrics.semantic_parts as { items: { id: string; satisfied: boolean; credit: number; targets: unknown }[] }).items;
/** What the geometry earns: the source's own measures (editability, code length) aside, as renaming changes the code. */
const geometric = (r: ScoreResult) =>
  JSON.stringify({ dims: [r.reward.semantic_parts, r.reward.reference_similarity, r.reward.topology, r.reward.contact], items: items(r).map((i) => [i.id, i.credit]) });

/**
 * A one-piece drone frame named `name`: a hub with four stack holes, four arms, a bored motor pad
 * with four screw holes at each arm's end and, with `ducts`, a thin ring round each pad.
 */
const droneFrame = (name: string, ducts: boolean) => `const { makeBox, makeCylinder } = replicad;
const main = () => {
  let frame = makeCylinder(24, 3, [0, 0, 0]);
  for (const a of [45, 135, 225, 315]) {
    const c = Math.cos((a * Math.PI) / 180), s = Math.sin((a * Math.PI) / 180);
    frame = frame.fuse(makeBox([0, -5, 0], [75, 5, 3]).rotate(a, [0, 0, 0], [0, 0, 1]));
    frame = frame.fuse(makeCylinder(10, 5, [75 * c, 75 * s, 0]));
    ${ducts ? "frame = frame.fuse(makeCylinder(36, 16, [75 * c, 75 * s, 0]).cut(makeCylinder(34, 18, [75 * c, 75 * s, -1])));" : ""}
    frame = frame.cut(makeCylinder(2.5, 10, [75 * c, 75 * s, -1]));
    for (const [dx, dy] of [[-5, -5], [5, -5], [-5, 5], [5, 5]]) frame = frame.cut(makeCylinder(1.6, 10, [75 * c + dx, 75 * s + dy, -1]));
  }
  for (const [x, y] of [[-10, -10], [10, -10], [-10, 10], [10, 10]]) frame = frame.cut(makeCylinder(1.6, 10, [x, y, -1]));
  return [{ shape: frame, name: "${name}" }];
};`;

describe("roles are found by geometry", () => {
  it("the caster with every part renamed 'part N', or the names shuffled, scores as the reference, and each part keeps its role", async () => {
    const caster = task("caster_wheel_fork");
    const reference = await scoreCandidate(kernel, caster, caster.reference, { mode: "fast" });
    const numbered = await scoreCandidate(kernel, caster, referenceWith(caster, `parts.map((p, i) => ({ ...p, name: "part " + (i + 1) }))`), { mode: "fast" });
    const shuffled = await scoreCandidate(kernel, caster, referenceWith(caster, `parts.map((p, i) => ({ ...p, name: parts[(i + 2) % parts.length].name }))`), { mode: "fast" });
    expect(geometric(numbered)).toBe(geometric(reference));
    expect(geometric(shuffled)).toBe(geometric(reference));
    expect(reference.parts.map((p) => p.roles)).toEqual([["wheel"], ["axle"], ["fork"], ["swivel_stem"], ["mounting_plate"]]);
    expect(numbered.parts.map((p) => p.roles)).toEqual(reference.parts.map((p) => p.roles));
    expect(numbered.notes.join("\n")).not.toMatch(/name|rename/i);
  });

  it("a box where the wheel should be, of the wheel's size, is not a wheel: a quarter of the credit and a note that it is not round", async () => {
    const caster = task("caster_wheel_fork");
    const boxed = referenceWith(
      caster,
      `parts.map((p) => p.name === "wheel" ? { ...p, shape: replicad.makeBox(p.shape.boundingBox.bounds[0], p.shape.boundingBox.bounds[1]) } : p)`,
    );
    const result = await scoreCandidate(kernel, caster, boxed, { mode: "fast" });
    expect(items(result).find((i) => i.id === "wheel")!.credit).toBeCloseTo(0.25, 9);
    expect(result.notes.some((n) => n.includes('"wheel", taken as the wheel, is not round about an axis along X or Y'))).toBe(true);
  });

  it("the caster turned a quarter about Z keeps every checklist item: the prompt fixes the envelope, not which side faces X", async () => {
    const caster = task("caster_wheel_fork");
    const turned = await scoreCandidate(kernel, caster, referenceWith(caster, `parts.map((p) => ({ ...p, shape: p.shape.rotate(90, [0, 0, 0], [0, 0, 1]) }))`), { mode: "fast" });
    expect(items(turned).filter((i) => !i.satisfied)).toEqual([]);
    expect(turned.metrics.semantic_parts.xy_swapped).toBe(true);
  });

  it("six legs count as six whether they are six parts or fused into one table with its aprons", async () => {
    const table = task("table_six_leg_500n");
    const separate = await scoreCandidate(kernel, table, table.reference, { mode: "fast" });
    const fused = await scoreCandidate(kernel, table, referenceWith(table, `[{ name: "table", shape: parts.slice(1).reduce((a, p) => a.fuse(p.shape), parts[0].shape) }]`), { mode: "fast" });
    for (const r of [separate, fused]) expect(items(r).find((i) => i.id === "six_legs")!.satisfied).toBe(true);
    expect(fused.parts[0].roles.length).toBeGreaterThan(1);
  });

  it("a one-piece hook plays both the plate and the arm, each found as a region of the body", async () => {
    const hook = task("wall_j_hook_120n");
    const fused = await scoreCandidate(kernel, hook, referenceWith(hook, `[{ name: "hook", shape: parts[0].shape.fuse(parts[1].shape) }]`), { mode: "fast" });
    const got = items(fused);
    expect(got.find((i) => i.id === "wall_plate")!.satisfied).toBe(true);
    expect(got.find((i) => i.id === "hook_arm")!.satisfied).toBe(true);
    expect(fused.parts[0].roles).toEqual(["wall_plate", "hook_arm"]);
  });

  it("holes of a role played by a region are counted in that region: a one-piece drone's stack holes, not its motor holes", async () => {
    const drone = task("micro_drone_frame");
    const body = droneFrame("arms", false);
    // Named for the arms, the body plays them whole; the central plate is then the body's middle.
    const result = await scoreCandidate(kernel, drone, body, { mode: "fast" });
    const stack = (result.metrics.semantic_parts as { items: { id: string; credit: number; measured: { found: number } }[] }).items.find((i) => i.id === "stack_holes")!;
    expect(result.parts[0].roles).toEqual(["central_plate", "arms", "motor_bosses"]);
    expect(stack.measured.found).toBe(4);
    expect(stack.credit).toBe(1);
  });

  it("repeated bosses and rings of one fused body play their roles as its turned features: pads for the bosses, ducts for the guards", async () => {
    const drone = task("micro_drone_frame");
    const byId = (result: Awaited<ReturnType<typeof scoreCandidate>>) => new Map(items(result).map((i) => [i.id, i]));
    const whole = byId(await scoreCandidate(kernel, drone, droneFrame("frame", true), { mode: "fast" }));
    for (const id of ["motor_bosses", "guards", "four_guards"]) expect(whole.get(id)!.satisfied, id).toBe(true);
    // The shafts and screw holes of the four pads, not the hub's stack holes.
    expect((whole.get("motor_holes") as unknown as { measured: { found: number } }).measured.found).toBe(20);
    const noDucts = byId(await scoreCandidate(kernel, drone, droneFrame("frame", false), { mode: "fast" }));
    expect(noDucts.get("motor_bosses")!.satisfied).toBe(true);
    expect(noDucts.get("guards")!.credit).toBe(0);
  });
});

/**
 * A servo bracket of 2 mm plates under neutral names: floor, two walls with a notch at one's
 * foot, an ear with two screw holes at each wall's top, with `ribs` a triangular web under each
 * ear, with `floorHoles` two holes through the floor; fused into one solid or returned as plates.
 */
const servoBracket = ({ fused, ribs, floorHoles }: { fused: boolean; ribs: boolean; floorHoles: boolean }) => `const { makeBox, makeCylinder, draw } = replicad;
const main = () => {
  const t = 2, xi = 21, xo = xi + t, xe = xo + 12, top = 28, hw = 13;
  let floor = makeBox([-xo, -hw, 0], [xo, hw, t]);
  ${floorHoles ? "for (const x of [-10, 10]) floor = floor.cut(makeCylinder(1.6, 10, [x, 0, -1]));" : ""}
  const wallA = makeBox([xi, -hw, t], [xo, hw, top]);
  const wallB = makeBox([-xo, -hw, t], [-xi, hw, top]).cut(makeBox([-xo - 1, -4, t - 1], [-xi + 1, 4, 9]));
  const ear = (s) => {
    let e = makeBox(s > 0 ? [xo, -hw, top - t] : [-xe, -hw, top - t], s > 0 ? [xe, hw, top] : [-xo, hw, top]);
    for (const y of [-5, 5]) e = e.cut(makeCylinder(1.3, 10, [s * 24.75, y, top - 5]));
    return e;
  };
  const web = (s) => {
    const w = draw([xo, top - t]).lineTo([xo + 8, top - t]).lineTo([xo, top - t - 8]).close().sketchOnPlane("XZ").extrude(t).translate([0, t / 2, 0]);
    return s > 0 ? w : w.mirror("YZ");
  };
  const plates = [floor, wallA, wallB, ear(1), ear(-1)];
  ${ribs ? "plates.push(web(1), web(-1));" : ""}
  if (${fused}) return [{ shape: plates.slice(1).reduce((a, p) => a.fuse(p), plates[0]), name: "part" }];
  return plates.map((shape, i) => ({ shape, name: "plate " + (i + 1) }));
};`;

/** The task's reference with the parts named in `names` fused into one part, "body", and the part named `drop` left out. */
const fusedReference = (t: Task, names: string[], drop = "") =>
  referenceWith(
    t,
    `(() => { const kept = parts.filter((p) => p.name !== ${JSON.stringify(drop)}); const fused = kept.filter((p) => ${JSON.stringify(names)}.includes(p.name));
      return [{ name: "body", shape: fused.slice(1).reduce((a, p) => a.fuse(p.shape), fused[0].shape) }, ...kept.filter((p) => !fused.includes(p))]; })()`,
  );

describe("small roles and panels", () => {
  const score = (source: string) => scoreCandidate(kernel, task("robot_servo_bracket"), source, { mode: "fast" });
  const byId = async (source: string) => new Map(items(await score(source)).map((i) => [i.id, i]));

  it("a rib is small: plates without ribs have no rib, the walls do not pass for one, and the floor joins them into the cradle whatever its name", async () => {
    const got = await byId(servoBracket({ fused: false, ribs: false, floorHoles: false }));
    expect(got.get("u_cradle")!.satisfied).toBe(true);
    expect(got.get("stiffening_rib")!.credit).toBe(0);
    const ribbed = await byId(servoBracket({ fused: false, ribs: true, floorHoles: false }));
    expect(ribbed.get("stiffening_rib")!.satisfied).toBe(true);
  });

  it("in one fused solid the gussets are found as its panels, the ears keep theirs, and without gussets the rib is missing", async () => {
    const ribbed = await score(servoBracket({ fused: true, ribs: true, floorHoles: true }));
    const got = new Map(items(ribbed).map((i) => [i.id, i]));
    for (const id of ["u_cradle", "side_ears", "stiffening_rib", "servo_screw_holes"]) expect(got.get(id)!.satisfied, id).toBe(true);
    expect(ribbed.parts[0].roles).toEqual(["u_cradle", "side_ears", "stiffening_rib"]);
    const rib = got.get("stiffening_rib") as unknown as { measured: { volume_share: number } };
    // The two webs, about 2 % of the volume; the region above the bracket's middle is over 40 %.
    expect(rib.measured.volume_share).toBeGreaterThan(0.015);
    expect(rib.measured.volume_share).toBeLessThan(0.03);
    const bare = await byId(servoBracket({ fused: true, ribs: false, floorHoles: true }));
    expect(bare.get("side_ears")!.satisfied).toBe(true);
    expect(bare.get("stiffening_rib")!.credit).toBe(0);
  });

  it("a one-piece bike mount keeps its clamp though the bolt is named for it, and its gusset is the web under the arm, which it lacks without one", async () => {
    const mount = task("bike_accessory_mount_120n");
    const body = ["clamp", "support_arm", "gusset", "accessory_boss"];
    const withWeb = new Map(items(await scoreCandidate(kernel, mount, fusedReference(mount, body), { mode: "fast" })).map((i) => [i.id, i]));
    for (const id of ["clamp", "bar_bore", "pinch_bolt_hole", "arm", "gusset"]) expect(withWeb.get(id)!.satisfied, id).toBe(true);
    const withoutWeb = new Map(items(await scoreCandidate(kernel, mount, fusedReference(mount, body, "gusset"), { mode: "fast" })).map((i) => [i.id, i]));
    expect(withoutWeb.get("clamp")!.satisfied).toBe(true);
    expect(withoutWeb.get("gusset")!.credit).toBe(0);
  });

  it("a one-piece gearbox base has its ribs under the bosses; without them, neither its walls nor its flange's segments between the bosses are ribs", async () => {
    const gearbox = task("gearbox_housing_split");
    const base = ["lower_housing", "rib", "oil_drain_boss", "bearing_boss", "lower_flange"];
    const ribs = async (drop: string) => items(await scoreCandidate(kernel, gearbox, fusedReference(gearbox, base, drop), { mode: "fast" })).find((i) => i.id === "ribs")!;
    expect((await ribs("")).satisfied).toBe(true);
    expect((await ribs("rib")).credit).toBe(0);
  });

  it("holes of a region count where their walls are: the floor's holes below a fused bracket's ears are not its screw holes", async () => {
    const got = await byId(servoBracket({ fused: true, ribs: true, floorHoles: true }));
    const holes = got.get("servo_screw_holes") as unknown as { credit: number; measured: { found: number } };
    expect(holes.measured.found).toBe(4);
  });
});

describe("names, when they are read, are read as words", () => {
  const leg = { name: "leg", aliases: [] };
  const leaf = { name: "leaf left", aliases: ["leaf"] };
  const ear = { name: "side ear", aliases: [] };
  it("ignores case, plurals, order, numbers, separators and side words", () => {
    for (const name of ["leg 3", "Legs", "front-left leg", "LEG_2", "rearRightLeg"]) expect(nameAffinity(leg, name), name).toBe(1);
    for (const name of ["leaf_left", "left leaf", "Leaves"]) expect(nameAffinity(leaf, name), name).toBe(1);
    expect(nameAffinity(ear, "left ear")).toBe(0.5);
    expect(nameAffinity(leg, "tabletop")).toBe(0);
  });
});

describe("principal axes", () => {
  it("find a bar's length along its own axis when it lies diagonally in its box", () => {
    // The 8 corners of a 100 x 10 x 10 bar turned 45 degrees about Z.
    const c = Math.SQRT1_2;
    const corners: number[] = [];
    for (const x of [-50, 50]) for (const y of [-5, 5]) for (const z of [-5, 5]) corners.push(c * x - c * y, c * x + c * y, z);
    const { extents, directions } = principalAxes(Float64Array.from(corners));
    expect(extents[0]).toBeCloseTo(100, 6);
    expect(extents[1]).toBeCloseTo(10, 6);
    expect(extents[2]).toBeCloseTo(10, 6);
    expect(Math.abs(directions[0][0])).toBeCloseTo(c, 6);
    expect(Math.abs(directions[0][1])).toBeCloseTo(c, 6);
  });
});

/** The shape measures of each part `source` returns, by name. */
async function shapesOf(source: string): Promise<Map<string, ShapeMeasures>> {
  await loadManifold();
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  const model = measureModel(outcome.model, false);
  try {
    return new Map(model.parts.map((p) => [p.name, measureShape(p.mesh, p.bounds, p.volume, p.turnedFaces())]));
  } finally {
    model.dispose();
    outcome.model.dispose();
  }
}

describe("round parts", () => {
  it("a hinge barrel with its leaf fused on is round about its axis; a bar with rounded edges or a small boss is not", async () => {
    const shapes = await shapesOf(`const { makeBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeCylinder(10, 300, [0, 0, 0], [1, 0, 0]).fuse(makeBox([0, -20, 6], [300, 20, 12])), name: "barrel with leaf" },
  { shape: makeBox([0, 100, 0], [300, 120, 20]).fillet(8), name: "rounded bar" },
  { shape: makeBox([0, 200, 0], [300, 240, 20]).fuse(makeCylinder(4, 300, [0, 220, 20], [1, 0, 0])), name: "plate with a thin rod" },
];`);
    const round = { kind: "round" as const, axes: ["x", "y", "z"] as ("x" | "y" | "z")[] };
    expect(shapeAxes(round, shapes.get("barrel with leaf")!)).toEqual(["x"]);
    // The barrel fails the whole-solid test (its leaf is twice as wide as it is tall): only its cylinder makes it round.
    expect(shapes.get("barrel with leaf")!.evenness[0]).toBeLessThan(0.9);
    expect(shapeAxes(round, shapes.get("rounded bar")!)).toEqual([]);
    expect(shapeAxes(round, shapes.get("plate with a thin rod")!)).toEqual([]);
  });
});

describe("bars and rings", () => {
  it("a bolt is a bar by its shank, whatever its head; a plate or a block is none", async () => {
    const shapes = await shapesOf(`const { makeBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeCylinder(6, 30, [0, 0, 0]).fuse(makeCylinder(12, 8, [0, 0, 30])), name: "headed bolt" },
  { shape: makeCylinder(6, 30, [100, 0, 0]), name: "plain pin" },
  { shape: makeBox([0, 100, 0], [100, 160, 5]), name: "plate" },
  { shape: makeBox([200, 0, 0], [240, 30, 38]), name: "block" },
];`);
    const bar = { kind: "bar" as const, axes: ["z"] as ("x" | "y" | "z")[], min_ratio: 2 };
    const bolt = shapes.get("headed bolt")!;
    // Its box is 24 x 24 x 38: judged by its head it would be a stub (1.6 : 1).
    expect(bolt.principal.extents[0] / bolt.principal.extents[1]).toBeLessThan(2);
    expect(bolt.coreWidth).toBeCloseTo(12, 0);
    expect(shapeAxes(bar, bolt)).toEqual(["z"]);
    expect(shapeAxes(bar, shapes.get("plain pin")!)).toEqual(["z"]);
    expect(shapeAxes({ kind: "bar", min_ratio: 2 }, shapes.get("plate")!)).toEqual([]);
    expect(shapeAxes(bar, shapes.get("block")!)).toEqual([]);
  });

  it("a split clamp boss with its ears is a ring about its bore; a square block bored through is not", async () => {
    const shapes = await shapesOf(`const { makeBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeCylinder(30, 44, [0, 0, 0]).fuse(makeBox([20, -12, 0], [48, 12, 44])).cut(makeCylinder(15, 50, [0, 0, -3])).cut(makeBox([10, -1, -3], [50, 1, 50])), name: "split boss" },
  { shape: makeBox([100, -30, 0], [160, 30, 44]).cut(makeCylinder(15, 50, [130, 0, -3])), name: "bored block" },
];`);
    const ring = { kind: "ring" as const, axes: ["z"] as ("x" | "y" | "z")[] };
    const boss = shapes.get("split boss")!;
    // Its ears take it out past the circle its box spans: only its cylinder makes it round.
    expect(boss.reach[2]).toBeGreaterThan(1.08);
    expect(shapeAxes(ring, boss)).toEqual(["z"]);
    expect(shapeAxes(ring, shapes.get("bored block")!)).toEqual([]);
  });
});

describe("parts out of place and fused bodies", () => {
  const byId = async (t: Task, source: string) => new Map(items(await scoreCandidate(kernel, t, source, { mode: "fast" })).map((i) => [i.id, i]));

  it("a one-piece root and arm plays the root at its root end, not the shaft proxy of the root's size at the other", async () => {
    const clamp = task("shaft_torque_clamp_120nm");
    for (const [source, names] of [
      [clamp.references[0], ["fixed_root", "clamp_arm"]],
      [clamp.references[1], ["fixed root", "clamp arm"]],
    ] as const) {
      const got = await byId(clamp, fusedReference({ ...clamp, reference: source }, [...names]));
      for (const id of ["fixed_root", "root_bolt_holes", "arm", "lightening_holes"]) expect(got.get(id)!.satisfied, id).toBe(true);
      expect((got.get("fixed_root")!.targets as { parts: string[] }).parts).toEqual(["body"]);
    }
  });

  it("legs out of place keep their role at half its credit: a slice of the platform over the legs' place is no leg", async () => {
    const riser = task("laptop_riser_vented");
    const got = await byId(riser, referenceWith(riser, `parts.map((p) => p.name.startsWith("rear_leg") ? { ...p, shape: p.shape.translate([0, -160, 0]) } : p)`));
    const legs = got.get("rear_legs")! as unknown as { credit: number; targets: { parts: string[] } };
    expect(legs.credit).toBe(0.5);
    expect(legs.targets.parts).toEqual(["rear_leg", "rear_leg (2)"]);
    expect(got.get("front_stops")!.satisfied).toBe(true);
  });
});

describe("the envelope", () => {
  it("is held to 1 %: the caster 6 mm too tall fails it, with the excess named in mm, and scales the checklist", async () => {
    const caster = task("caster_wheel_fork");
    // The reference is 123 mm tall in a 130 mm envelope; stretched to 136 mm it is 4.6 % over.
    const tall = await scoreCandidate(kernel, caster, referenceWith(caster, `parts.map((p) => ({ ...p, shape: p.shape.scale(136 / 123, [0, 0, 0]) }))`), { mode: "fast" });
    const envelope = items(tall).find((i) => i.id === "envelope")!;
    expect(envelope.satisfied).toBe(false);
    expect(tall.notes.join("\n")).toMatch(/larger than the 90 x 80 x 130 mm envelope \(.*6\.0 mm over along Z/);
    expect(tall.metrics.semantic_parts.envelope_factor).toBeLessThan(1);
  });
});

describe("references", () => {
  it("every task has a second reference of its own construction, and the nearest one counts", async () => {
    for (const t of tasks.values()) expect(t.references.length, t.id).toBeGreaterThanOrEqual(2);
    const hook = task("wall_j_hook_120n");
    const second = await scoreCandidate(kernel, hook, hook.references[1], { mode: "fast" });
    expect(second.metrics.reference_similarity).toMatchObject({ reference: 2, of_references: hook.references.length });
    expect(second.reward.reference_similarity).toBe(1);
  });
});
