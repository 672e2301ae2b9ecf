import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, meshModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { FAILURE_TOTALS, failureResult, scoreCandidate, scoreModel, type ScoreResult } from "./index";

let kernel: Kernel;
let caster: Task;
let stator: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  const catalogue = await loadCatalogueFromDisk();
  caster = catalogue.tasks.find((t) => t.id === "caster_wheel_fork")!;
  stator = catalogue.tasks.find((t) => t.id === "axial_motor_stator_12_slot")!;
});

/** The reference with its returned parts passed through `wrap` (a JS expression over `parts`). */
function referenceWith(task: Task, wrap: string): string {
  return `${task.reference}\nconst __main = main;\nmain = (r, params) => { const parts = __main(r, params); return ${wrap}; };`.replace("const main =", "let main =");
}

describe("reference models and seeds", () => {
  for (const id of ["caster_wheel_fork", "axial_motor_stator_12_slot"]) {
    it(`${id}: the reference totals at least 0.9 in full mode and meets its checklist; the seed totals lower`, async () => {
      const task = id === "caster_wheel_fork" ? caster : stator;
      const t0 = performance.now();
      const full = await scoreCandidate(kernel, task, task.reference, { mode: "full" });
      const fullMs = performance.now() - t0;
      const t1 = performance.now();
      const fast = await scoreCandidate(kernel, task, task.reference, { mode: "fast" });
      const fastMs = performance.now() - t1;
      console.log(`${id}: reference full ${fullMs.toFixed(0)} ms (score ${full.elapsed_ms.score} ms), fast ${fastMs.toFixed(0)} ms (build ${fast.elapsed_ms.build} ms, score ${fast.elapsed_ms.score} ms)`);
      expect(full.ok).toBe(true);
      expect(full.reward.total).toBeGreaterThanOrEqual(0.9);
      const items = (full.metrics.semantic_parts as { items: { id: string; satisfied: boolean }[] }).items;
      expect(items.filter((i) => !i.satisfied).map((i) => i.id)).toEqual([]);
      for (const dim of ["topology", "contact", "editability", "efficiency"] as const) expect(full.reward[dim]).toBeGreaterThan(0.75);
      const seed = await scoreCandidate(kernel, task, task.seed, { mode: "full" });
      expect(seed.ok).toBe(true);
      expect(seed.reward.total).toBeLessThan(full.reward.total - 0.3);
    });
  }

  it("is deterministic: the same code gives the same result apart from timings", async () => {
    const strip = (r: { elapsed_ms: unknown; metrics: Record<string, Record<string, unknown>>; reward: unknown; notes: unknown }) => {
      const { build_ms: _b, ...efficiency } = r.metrics.efficiency;
      return { reward: { ...(r.reward as object), efficiency: 0, total: 0 }, sim: r.metrics.reference_similarity, sem: r.metrics.semantic_parts, contact: r.metrics.contact, efficiency: { ...efficiency, sub_scores: null } };
    };
    const a = await scoreCandidate(kernel, stator, stator.reference, { mode: "fast" });
    const b = await scoreCandidate(kernel, stator, stator.reference, { mode: "fast" });
    expect(strip(b)).toEqual(strip(a));
  });
});

describe("determinism", () => {
  const withoutTimings = ({ elapsed_ms: _elapsed, ...rest }: ScoreResult) => JSON.stringify(rest);

  it("the same candidate scored twice gives byte-identical JSON apart from elapsed_ms, fast and full", async () => {
    const moved = referenceWith(caster, `parts.map((p) => p.name === "wheel" ? { ...p, shape: p.shape.translate([0, 0, -20]) } : p)`);
    for (const mode of ["fast", "full"] as const) {
      const a = await scoreCandidate(kernel, caster, moved, { mode });
      const b = await scoreCandidate(kernel, caster, moved, { mode });
      expect(a.ok).toBe(true);
      expect(JSON.stringify(a.metrics)).not.toMatch(/_ms"/);
      expect(withoutTimings(b)).toBe(withoutTimings(a));
      expect(Object.keys(a.elapsed_ms.dimensions ?? {}).sort()).toEqual(
        ["contact", "editability", "efficiency", "geometry", "reference", "reference_similarity", "semantic_parts", "topology"],
      );
    }
  });

  it("scoring the reference with the reference cache cold and then warm gives the same result", async () => {
    // A task the cache has never seen: same geometry, a reference source of its own.
    const source = `${stator.reference}\n// cold ${Date.now()}`;
    const fresh: Task = { ...stator, reference: source, references: [source, ...stator.references.slice(1)] };
    const cold = await scoreCandidate(kernel, fresh, fresh.reference, { mode: "fast" });
    const warm = await scoreCandidate(kernel, fresh, fresh.reference, { mode: "fast" });
    expect(cold.elapsed_ms.dimensions!.reference!).toBeGreaterThan(warm.elapsed_ms.dimensions!.reference!);
    expect(withoutTimings(warm)).toBe(withoutTimings(cold));
  });
});

describe("gaming does not pay", () => {
  it("a box filling the envelope, every part named in comments and identifiers, totals at most 0.25", async () => {
    const source = `// caster wheel, axle, U-shaped fork, swivel stem, mounting plate with four holes
const { makeBox } = replicad;
const defaultParams = { wheel: 90, axle: 80, fork: 128 };
const wheelAxleForkSwivelStemMountingPlateFourHoles = (p) => makeBox([-p.wheel / 2, -p.axle / 2, 0], [p.wheel / 2, p.axle / 2, p.fork]);
const main = (r, params) => {
  const fork = wheelAxleForkSwivelStemMountingPlateFourHoles(params); // wheel axle fork stem plate
  return fork;
};`;
    const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
    expect(result.ok).toBe(true);
    expect(result.reward.total).toBeLessThanOrEqual(0.25);
    expect(result.notes.join("\n")).toContain("nothing in the model plays this role: a wheel at the bottom");
  });

  it("correctly named parts made of small cubes set apart total below 0.5", async () => {
    const names = ["wheel", "axle", "fork", "swivel stem", "mounting plate"];
    const source = `const { makeBaseBox } = replicad;
const defaultParams = { size: 10, spacing: 20 };
const cube = (p, i) => makeBaseBox(p.size, p.size, p.size).translate([i * p.spacing, 0, 0]);
const main = (r, p) => ${JSON.stringify(names)}.map((name, i) => ({ shape: cube(p, i), name }));`;
    const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
    expect(result.ok).toBe(true);
    expect(result.reward.total).toBeLessThan(0.5);
    expect(result.reward.contact).toBeLessThan(0.5);
  });
});

describe("contact", () => {
  it("moving one part away lowers contact and a note names it with the gap", async () => {
    const moved = referenceWith(caster, `parts.map((p) => p.name === "mounting plate" ? { ...p, shape: p.shape.translate([0, 0, 30]) } : p)`);
    const base = await scoreCandidate(kernel, caster, caster.reference, { mode: "fast" });
    const result = await scoreCandidate(kernel, caster, moved, { mode: "fast" });
    expect(result.ok).toBe(true);
    expect(result.reward.contact).toBeLessThan(base.reward.contact - 0.3);
    const note = result.notes.find((n) => n.startsWith("mounting plate floats"));
    expect(note).toBeDefined();
    const gap = Number(/floats ([\d.]+) mm/.exec(note!)![1]);
    // The plate sat flat on the stem's top face; lifted 30 mm, flat faces make the gap exact.
    expect(gap).toBeGreaterThan(29.5);
    expect(gap).toBeLessThan(30.5);
    expect(result.parts.find((p) => p.name === "mounting plate")!.touches).toEqual([]);
    expect(base.parts.find((p) => p.name === "axle")!.touches).toEqual(["fork", "wheel"]);
  });
});

describe("contact: which part floats", () => {
  it("a wheel moved off its axle is the part that floats, although it outweighs the group it left", async () => {
    const moved = referenceWith(caster, `parts.map((p) => p.name === "wheel" ? { ...p, shape: p.shape.translate([0, 100, 0]) } : p)`);
    const result = await scoreCandidate(kernel, caster, moved, { mode: "fast" });
    const wheel = result.parts.find((p) => p.name === "wheel")!;
    const rest = result.parts.filter((p) => p.name !== "wheel").reduce((s, p) => s + p.volume_mm3, 0);
    // The rule matters only because the wheel alone is the heavier group.
    expect(wheel.volume_mm3).toBeGreaterThan(rest);
    const note = result.notes.find((n) => /floats? [\d.]+ mm/.test(n));
    expect(note).toMatch(/^wheel floats [\d.]+ mm from the nearest part \(mounting plate\)/);
    // The plate's rounded corner is the nearest material: 49 mm across Y and about 44 mm up.
    const gap = Number(/floats ([\d.]+) mm/.exec(note!)![1]);
    expect(gap).toBeGreaterThan(60);
    expect(gap).toBeLessThan(70);
    const contact = result.metrics.contact as { floating: { parts: string[] }[]; connected_volume_share: number };
    expect(contact.floating.map((f) => f.parts)).toEqual([["wheel"]]);
    // Contact weighs the tessellated solids, a little lighter than the B-rep volumes.
    expect(contact.connected_volume_share).toBeCloseTo(rest / (rest + wheel.volume_mm3), 2);
    expect(wheel.touches).toEqual([]);
  });
});

describe("reference similarity and envelope", () => {
  it("the reference turned 90 degrees about X keeps reference similarity at or above 0.95", async () => {
    for (const task of [caster, stator]) {
      const turned = referenceWith(task, `parts.map((p) => ({ ...p, shape: p.shape.rotate(90, [0, 0, 0], [1, 0, 0]) }))`);
      const result = await scoreCandidate(kernel, task, turned, { mode: "fast" });
      expect(result.reward.reference_similarity).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("the reference scaled ten times fails the envelope check", async () => {
    const scaled = referenceWith(stator, `parts.map((p) => ({ ...p, shape: p.shape.scale(10) }))`);
    const result = await scoreCandidate(kernel, stator, scaled, { mode: "fast" });
    const items = (result.metrics.semantic_parts as { items: { id: string; satisfied: boolean }[] }).items;
    expect(items.find((i) => i.id === "envelope")!.satisfied).toBe(false);
    expect(result.notes.some((n) => /larger than the 180 x 180 x 30 mm envelope/.test(n))).toBe(true);
  });
});

describe("build gate", () => {
  const cases: [string, string][] = [
    ["syntax", "const main = () => {\n  return replicad.makeBaseBox(10, 10, 10;\n};"],
    ["missing_main", "const { makeBaseBox } = replicad;\nconst shape = makeBaseBox(10, 10, 10);"],
    ["invalid_return", "const main = () => 42;"],
    ["undefined_name", "const main = () => makeBaseBox(10, 10, 10);"],
    ["invented_api", "const { makeGear } = replicad;\nconst main = () => makeGear(12);"],
    ["kernel_error", "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 10, 10).fillet(20);"],
    ["empty_shape", "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 10, 10).cut(makeBaseBox(20, 20, 20).translate([0, 0, -5]));"],
  ];
  for (const [failureClass, source] of cases) {
    it(`${failureClass}: totals the class's value in [-1, -0.05], below any build`, async () => {
      const result = await scoreCandidate(kernel, caster, source, { mode: "fast" });
      expect(result.ok).toBe(false);
      expect(result.failure!.class).toBe(failureClass);
      expect(result.reward.total).toBe(FAILURE_TOTALS[failureClass as keyof typeof FAILURE_TOTALS]);
      expect(result.reward.total).toBeLessThanOrEqual(-0.05);
      expect(result.reward.total).toBeGreaterThanOrEqual(-1);
      expect(result.notes[0]).toContain(failureClass);
    });
  }

  it("failures outside the kernel (the wall-clock backstop) get a result of the same shape, marked for a retry", () => {
    const result = failureResult(caster, { class: "timeout", message: "stopped after 10 s", line: null, column: null, operation: null, wall_clock: true }, "fast", { build: 10000, score: 0 });
    expect(result.reward.total).toBe(FAILURE_TOTALS.timeout);
    expect(result.failure).toEqual({ class: "timeout", message: "stopped after 10 s", line: null, column: null, wall_clock: true });
    const budget = failureResult(caster, { class: "timeout", message: "used up its work budget", line: 3, column: 5, operation: null }, "fast", { build: 10, score: 0 });
    expect(budget.failure).toEqual({ class: "timeout", message: "used up its work budget", line: 3, column: 5, wall_clock: false });
  });
});

describe("fast mode and the display tessellation", () => {
  it("measures the triangles the viewer was sent, with the same result whether the viewer meshed first or not", async () => {
    const drawnFirst = await buildModel(kernel, caster.reference);
    const scoredAlone = await buildModel(kernel, caster.reference);
    if (!drawnFirst.ok || !scoredAlone.ok) throw new Error("the caster reference does not build");
    try {
      const display = meshModel(drawnFirst.model);
      const drawnTriangles = display.parts.reduce((sum, part) => sum + part.indices.length / 3, 0);
      const afterDrawing = await scoreModel(kernel, caster, drawnFirst, caster.reference, { mode: "fast" });
      const alone = await scoreModel(kernel, caster, scoredAlone, caster.reference, { mode: "fast" });
      expect((afterDrawing.metrics.efficiency as { triangles: number }).triangles).toBe(drawnTriangles);
      expect(meshModel(drawnFirst.model)).toBe(display);
      expect(afterDrawing.elapsed_ms.mesh).toBe(Math.round(display.meshMs));
      const { elapsed_ms: _a, ...a } = afterDrawing;
      const { elapsed_ms: _b, ...b } = alone;
      expect(a).toEqual(b);
    } finally {
      drawnFirst.model.dispose();
      scoredAlone.model.dispose();
    }
  });
});
