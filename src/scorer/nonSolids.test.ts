import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { FAILURE_TOTALS, scoreCandidate } from "./index";

let kernel: Kernel;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});

/** The caster's reference with a drawing and a wire returned beside its parts. */
function referenceWithExtras(task: Task): string {
  return `${task.reference}
const __main = main;
main = (r, params) => [
  ...[].concat(__main(r, params)),
  { shape: r.drawCircle(60), name: "floor outline" },
  { shape: r.makeLine([0, 0, 0], [0, 0, 200]), name: "swivel axis" },
];`.replace("const main =", "let main =");
}

describe("non-solids beside solids", () => {
  it("scores the solids alone, as without them, and notes what was shown but not scored", async () => {
    const plain = await scoreCandidate(kernel, caster, caster.reference, { mode: "fast" });
    const mixed = await scoreCandidate(kernel, caster, referenceWithExtras(caster), { mode: "fast" });
    expect(mixed.ok).toBe(true);
    expect(mixed.parts).toEqual(plain.parts);
    for (const dim of ["topology", "contact", "semantic_parts", "reference_similarity"] as const) expect(mixed.reward[dim]).toBe(plain.reward[dim]);
    expect(mixed.metrics.build.parts).toBe(plain.metrics.build.parts);
    expect(mixed.metrics.build.not_scored).toEqual([
      { name: "floor outline", kind: "drawing" },
      { name: "swivel axis", kind: "edge" },
    ]);
    expect(plain.metrics.build.not_scored).toBeUndefined();
    expect(mixed.notes.at(-1)).toBe('shown, not scored: drawing "floor outline" and edge "swivel axis"; only solids are scored, and only they are exported');
    expect(mixed.note_targets).toHaveLength(mixed.notes.length);
    expect(mixed.notes.slice(0, -1)).toEqual(plain.notes);
  });
});

describe("a model with no solid", () => {
  it("drawings and lines alone score as invalid_return, naming each and saying only solids are scored", async () => {
    const result = await scoreCandidate(
      kernel,
      caster,
      `const { drawCircle, makeLine } = replicad;
const main = () => [{ shape: drawCircle(20), name: "rim" }, makeLine([0, 0, 0], [0, 0, 50])];`,
      { mode: "fast" },
    );
    expect(result.ok).toBe(false);
    expect(result.reward.total).toBe(FAILURE_TOTALS.invalid_return);
    expect(result.failure).toMatchObject({ class: "invalid_return", line: null });
    expect(result.failure!.message).toBe(
      'main returned no solid, only drawing "rim" and edge "edge 2": they are shown, but only solids are scored; extrude or revolve a drawing or sketch (sketchOnPlane first for a drawing), or build the part as a solid',
    );
    expect(result.notes).toEqual([`the build failed with invalid_return: ${result.failure!.message}`]);
    expect(result.metrics.build.not_scored).toEqual([
      { name: "rim", kind: "drawing" },
      { name: "edge 2", kind: "edge" },
    ]);
  });

  it("a shell alone scores as empty_shape: a 3D shape that holds no solid", async () => {
    const result = await scoreCandidate(
      kernel,
      caster,
      `const { makePolygon, weldShellsAndFaces } = replicad;
const main = () => weldShellsAndFaces([makePolygon([[0, 0, 0], [10, 0, 0], [10, 10, 0]]), makePolygon([[0, 0, 0], [10, 0, 0], [5, 0, 10]])]);`,
      { mode: "full" },
    );
    expect(result.failure).toMatchObject({ class: "empty_shape" });
    expect(result.failure!.message).toMatch(/^main returned no solid, only shell "shell": .*only solids are scored; close a shell into a solid \(makeSolid\)/);
    expect(result.reward.total).toBe(FAILURE_TOTALS.empty_shape);
  });
});

describe("editability probes", () => {
  it("a parameter change that leaves no solid breaks the build, as that code's own score would say", async () => {
    const result = await scoreCandidate(
      kernel,
      caster,
      `const defaultParams = { h: 20 };
const main = (r, { h }) => (h > 21 ? r.drawCircle(h) : r.makeCylinder(5, h));`,
      { mode: "full" },
    );
    expect(result.ok).toBe(true);
    const probes = result.metrics.editability.probes as { param: string; value: number; builds: boolean; failure?: string }[];
    expect(probes.find((p) => p.value > 20)).toMatchObject({ builds: false, failure: expect.stringContaining('main returned no solid, only drawing "drawing"') });
    expect(probes.find((p) => p.value < 20)).toMatchObject({ builds: true });
    expect(result.notes.some((n) => n.startsWith("setting h to 22 breaks the build: main returned no solid"))).toBe(true);
  });
});
