import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILURE_CLASSES } from "../../model/buildFailure";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import type { Kernel } from "../../kernel";
import { scoreCandidate } from "../../scorer";
import type { ScoreResult } from "../../scorer/types";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { Task } from "../../tasks/types";
import { WorkerPool } from "../../worker/node/workerPool";
import { buildCurriculum, classify, curriculumJsonl, parseRollouts, REPAIR_CLASSES, repairWeight, type RepairClass, type Rollout } from "./index";

let kernel: Kernel;
let tasks: Map<string, Task>;
const pools: WorkerPool[] = [];
/** One real, scored candidate per class (plus one that needs no repair), built in `beforeAll`. */
const scored = new Map<RepairClass | "passing", Rollout>();

const FAILING: Record<Exclude<RepairClass, "timeout" | "out_of_memory" | "disconnected" | "weak_semantics" | "weak_editability">, string> = {
  syntax: "const { makeBaseBox } = replicad;\nconst main = () => {\n  return makeBaseBox(10, 10, 10;\n};",
  missing_main: "const { makeBaseBox } = replicad;\nconst model = makeBaseBox(1, 2, 3);",
  invalid_return: "const main = () => 42;",
  undefined_name: "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(width, 10, 10);",
  invented_api: "const { makeGear } = replicad;\nconst main = () => makeGear(12);",
  kernel_error: "const { makeBaseBox } = replicad;\nfunction main() {\n  return makeBaseBox(10, 10, 10).fillet(30);\n}",
  empty_shape: "const main = () => [];",
  degenerate_shape: "const { makeBox, Solid } = replicad;\nconst main = () => new Solid(makeBox([0, 0, 0], [5, 5, 5]).wrapped.Reversed());",
};
/** A complete caster written with every number inline, no parameters and no helpers: the object is right, the code is not editable. */
const FLAT_CASTER = `const { makeBox, makeCylinder } = replicad;
const main = () => {
  const plate = makeBox([-45, -40, 115], [45, 40, 123])
    .cut(makeCylinder(4, 10, [35, 30, 114], [0, 0, 1]))
    .cut(makeCylinder(4, 10, [-35, 30, 114], [0, 0, 1]))
    .cut(makeCylinder(4, 10, [35, -30, 114], [0, 0, 1]))
    .cut(makeCylinder(4, 10, [-35, -30, 114], [0, 0, 1]));
  const wheel = makeCylinder(37, 22, [0, -11, 37], [0, 1, 0]).cut(makeCylinder(4, 24, [0, -12, 37], [0, 1, 0]));
  const axle = makeCylinder(4, 37, [0, -18.5, 37], [0, 1, 0]);
  const fork = makeBox([-13, -16.5, 76], [13, 16.5, 83])
    .fuse(makeBox([-13, -16.5, 24], [13, -12.5, 76]))
    .fuse(makeBox([-13, 12.5, 24], [13, 16.5, 76]))
    .cut(makeCylinder(4, 40, [0, -20, 37], [0, 1, 0]));
  const stem = makeCylinder(10, 32, [0, 0, 83], [0, 0, 1]);
  return [
    { shape: wheel, name: "wheel" },
    { shape: axle, name: "axle" },
    { shape: fork, name: "fork" },
    { shape: stem, name: "swivel stem" },
    { shape: plate, name: "mounting plate" },
  ];
};`;
/** Run on a pool thread: only a thread can be stopped at a time limit or die of its heap. */
const RUNAWAY = "const main = () => { while (true) {} };";
const MEMORY_HOG = "const main = () => {\n  const hoard = [];\n  while (true) hoard.push(new Array(1e5).fill({ a: 1 }));\n};";

function rollout(id: string, task: Task, code: string, result: ScoreResult): Rollout {
  return { id, line: 0, task_id: task.id, code, result };
}

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = new Map((await loadCatalogueFromDisk()).tasks.map((t) => [t.id, t]));
  const caster = tasks.get("caster_wheel_fork")!;
  for (const [cls, code] of Object.entries(FAILING)) scored.set(cls as RepairClass, rollout(cls, caster, code, await scoreCandidate(kernel, caster, code, { mode: "fast" })));
  const timed = new WorkerPool({ timeoutMs: 1500 });
  const small = new WorkerPool({ timeoutMs: 30_000, maxOldGenerationMb: 96 });
  pools.push(timed, small);
  scored.set("timeout", rollout("timeout", caster, RUNAWAY, await timed.run({ kind: "score", task: caster, code: RUNAWAY, mode: "fast" })));
  scored.set("out_of_memory", rollout("out_of_memory", caster, MEMORY_HOG, await small.run({ kind: "score", task: caster, code: MEMORY_HOG, mode: "fast" })));

  // Built but weak, from the catalogue's own repair trajectories (see classify.ts for their scores).
  const hinge = tasks.get("hinge_leaf_barrel")!;
  const floating = hinge.trajectory[3].code;
  scored.set("disconnected", rollout("disconnected", hinge, floating, await scoreCandidate(kernel, hinge, floating, { mode: "fast" })));
  scored.set("weak_semantics", rollout("weak_semantics", caster, caster.seed, await scoreCandidate(kernel, caster, caster.seed, { mode: "fast" })));
  scored.set("weak_editability", rollout("weak_editability", caster, FLAT_CASTER, await scoreCandidate(kernel, caster, FLAT_CASTER, { mode: "fast" })));
  scored.set("passing", rollout("passing", caster, caster.reference, await scoreCandidate(kernel, caster, caster.reference, { mode: "fast" })));
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe("classify", () => {
  it("gives every failing build its failure class", () => {
    for (const cls of FAILURE_CLASSES) {
      const { result } = scored.get(cls)!;
      expect(result.ok, cls).toBe(false);
      expect(classify(result), cls).toEqual({ primary: cls, all: [cls] });
    }
  });

  it("finds a floating part, missing semantics and weak editability in models that build", () => {
    const disconnected = classify(scored.get("disconnected")!.result);
    expect(disconnected.primary).toBe("disconnected");
    const seed = classify(scored.get("weak_semantics")!.result);
    expect(seed).toEqual({ primary: "weak_semantics", all: ["weak_semantics", "weak_editability"] });
    expect(classify(scored.get("weak_editability")!.result)).toEqual({ primary: "weak_editability", all: ["weak_editability"] });
  });

  it("leaves a reference-grade model unclassified", () => {
    const { result } = scored.get("passing")!;
    expect(result.ok).toBe(true);
    expect(classify(result)).toEqual({ primary: null, all: [] });
  });
});

describe("buildCurriculum", () => {
  function briefs(): Map<string, string> {
    return new Map([...tasks.values()].map((t) => [t.id, t.prompt]));
  }

  function jsonlOf(rollouts: Rollout[]): string {
    return rollouts.map((r, i) => JSON.stringify({ id: r.id, task_id: r.task_id, code: r.code, result: r.result }) + (i % 2 ? "\n\n" : "\n")).join("");
  }

  it("writes one prompt per rollout needing repair, with the failure's line, the code around it and the class's advice", () => {
    const all = [...scored.values()];
    const curriculum = buildCurriculum(all, briefs());
    expect(curriculum.prompts.map((p) => p.class).sort()).toEqual([...REPAIR_CLASSES].sort());
    expect(curriculum.summary).toMatchObject({ rollouts: all.length, passing: 1 });

    const syntax = curriculum.prompts.find((p) => p.class === "syntax")!;
    expect(syntax.error_tail[0]).toMatch(/^syntax at line 3, column \d+$/);
    expect(syntax.code_excerpt).toContain("3|   return makeBaseBox(10, 10, 10;");
    expect(syntax.previous_reward.total).toBe(-1);
    expect(syntax.prompt).toContain(tasks.get("caster_wheel_fork")!.prompt);
    expect(syntax.prompt).toContain(syntax.advice);

    const floating = curriculum.prompts.find((p) => p.class === "disconnected")!;
    expect(floating.error_tail).toEqual(scored.get("disconnected")!.result.notes.slice(0, 12));
  });

  it("cuts long code to head, tail and the failing line's neighbourhood", () => {
    const caster = tasks.get("caster_wheel_fork")!;
    const body = Array.from({ length: 80 }, (_, i) => `  const v${i} = ${i};`);
    body[49] = "  const v49 = (1;";
    const code = ["const main = () => {", ...body, "  return null;", "};"].join("\n");
    const failed = scored.get("syntax")!.result;
    const at50: ScoreResult = { ...failed, failure: { ...failed.failure!, line: 51, column: 17 } };
    const [prompt] = buildCurriculum([rollout("long", caster, code, at50)], briefs()).prompts;
    const shown = prompt.code_excerpt.split("\n");
    expect(shown[0]).toBe(" 1| const main = () => {");
    expect(prompt.code_excerpt).toContain("51|   const v49 = (1;");
    expect(shown.filter((l) => l.includes("left out"))).toHaveLength(2);
    expect(shown.at(-1)).toBe("83| };");
    expect(shown.length).toBeLessThan(45);
  });

  it("weighs by the task's build rate and the class's share, heaviest first", () => {
    const caster = tasks.get("caster_wheel_fork")!;
    const seed = scored.get("weak_semantics")!.result;
    const syntax = scored.get("syntax")!.result;
    const rollouts = [
      rollout("a", caster, caster.seed, seed),
      rollout("b", caster, "x", syntax),
      rollout("c", caster, "y", syntax),
      rollout("d", caster, "z", syntax),
    ];
    const { prompts, summary } = buildCurriculum(rollouts, briefs());
    expect(summary.by_task.caster_wheel_fork).toMatchObject({ rollouts: 4, built: 1, build_rate: 0.25 });
    expect(prompts.map((p) => p.id)).toEqual(["b", "c", "d", "a"]);
    expect(prompts[0].weight).toBe(repairWeight(0.25, 0.75));
    expect(prompts[3].weight).toBe(repairWeight(0.25, 0.25));
    expect(prompts[0].weight).toBeCloseTo((1 + 0.75 ** 2) * 1.75, 4);
  });

  it("gives the same JSONL for the same input, and reads back what it was given", () => {
    const text = jsonlOf([...scored.values()]);
    const first = parseRollouts(text);
    expect(first.errors).toEqual([]);
    const a = curriculumJsonl(buildCurriculum(first.rollouts, briefs()));
    const b = curriculumJsonl(buildCurriculum(parseRollouts(text).rollouts, briefs()));
    expect(a).toBe(b);
    const weights = a.trim().split("\n").map((l) => JSON.parse(l).weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
  });

  it("reports lines that are not rollouts by number and keeps the rest", () => {
    const good = scored.get("syntax")!;
    const text = [
      JSON.stringify({ task_id: good.task_id, code: good.code, result: good.result }),
      "{not json",
      JSON.stringify({ code: "x", result: { ...good.result, reward: undefined } }),
      JSON.stringify({ code: good.code, ...good.result }),
      JSON.stringify({ current_code: good.code, reward: good.result }),
      JSON.stringify({ task_id: "no_such_task", code: "x", result: { ...good.result, task_id: "no_such_task" } }),
    ].join("\n");
    const { rollouts, errors } = parseRollouts(text);
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[1].message).toContain('"reward" object');
    expect(rollouts.map((r) => r.line)).toEqual([1, 4, 5, 6]);
    const curriculum = buildCurriculum(rollouts, briefs());
    expect(curriculum.errors).toEqual([{ line: 6, message: 'line 6: unknown task "no_such_task"; the rollout was left out' }]);
    expect(curriculum.prompts).toHaveLength(3);
  });
});
