import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCadforge as cadforge } from "../support/runCadforge";
import { WorkerPool } from "../../src/worker/node/workerPool";

const SEEDS = fileURLToPath(new URL("./seeds/", import.meta.url));
const seed = (name: string) => SEEDS + name;

describe("cadforge score on the seed's CadQuery programs", () => {
  it("scores each of the four, detected as Python by their import, with the JSON contract of replicad code", async () => {
    const totals: Record<string, number> = {};
    for (const name of ["caster_wheel_fork.weak.py", "caster_wheel_fork.repaired.py", "axial_motor_stator_12_slot.weak.py", "axial_motor_stator_12_slot.repaired.py"]) {
      const run = await cadforge(["score", "--task", name.split(".")[0], seed(name)]);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result).toMatchObject({ task_id: name.split(".")[0], mode: "fast", ok: true, failure: null });
      expect(result.parts).toHaveLength(1);
      expect(result.reward.build).toBe(1);
      totals[name] = result.reward.total;
    }
    // The repair added the fork, stem, wheel and axle the caster task asks for.
    expect(totals["caster_wheel_fork.repaired.py"]).toBeGreaterThan(totals["caster_wheel_fork.weak.py"] + 0.05);
  });

  it("--lang javascript reads a CadQuery file as replicad code, and fails it as a syntax error", async () => {
    const run = await cadforge(["score", "--task", "caster_wheel_fork", "--lang", "javascript", seed("caster_wheel_fork.weak.py")]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).failure).toMatchObject({ class: "syntax", line: 1 });
  });

  it("--lang python scores Python that reaches cadquery some way detection does not see", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "cadforge-cq-")), "plate.py");
    await writeFile(file, 'cq = __import__("cadquery")\nresult = cq.Workplane().box(40, 40, 4)\n');
    const auto = await cadforge(["score", "--task", "caster_wheel_fork", file]);
    expect(JSON.parse(auto.stdout).failure.class).toBe("undefined_name");
    const run = await cadforge(["score", "--task", "caster_wheel_fork", "--lang", "python", file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, parts: [{ volume_mm3: 6400 }] });
  });

  it("refuses an unknown --lang as a usage error", async () => {
    const run = await cadforge(["score", "--task", "caster_wheel_fork", "--lang", "ruby", "x.rb"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang must be auto, javascript, python, not "ruby"/);
  });

  it("scores JSONL lines of both languages in one batch; a line's lang overrides detection, a bad one is an error line", async () => {
    const weak = await readFile(seed("caster_wheel_fork.weak.py"), "utf8");
    const lines = [
      { id: "js", task_id: "caster_wheel_fork", code: "const main = (r) => r.makeBaseBox(44, 44, 4);" },
      { id: "py", task_id: "caster_wheel_fork", code: weak },
      { id: "forced", task_id: "caster_wheel_fork", code: weak, lang: "javascript" },
      { id: "bad", task_id: "caster_wheel_fork", code: weak, lang: "cobol" },
    ];
    const run = await cadforge(["score", "--jsonl", "-", "--workers", "1"], lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    expect(run.code).toBe(0);
    const results = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(results.map((r) => r.id)).toEqual(["js", "py", "forced", "bad"]);
    expect(results[0].parts[0].volume_mm3).toBeCloseTo(7744, 6);
    expect(results[1].parts[0].volume_mm3).toBeCloseTo(7744, 6);
    expect(results[2].failure.class).toBe("syntax");
    expect(results[3].error).toMatch(/line 4: "lang" must be/);
  });
});

describe("the worker pool with Python candidates", () => {
  let pool: WorkerPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it("runs replicad jobs without Python, then loads it into its threads for the first Python job; both kinds go on working", async () => {
    pool = new WorkerPool({ workers: 2 });
    const box = { kind: "build" as const, code: "const main = (r) => r.makeBaseBox(2, 2, 2);" };
    const python = { kind: "build" as const, code: "import cadquery as cq\nresult = cq.Workplane().box(3, 3, 3)\n" };
    expect((await pool.run(box)).parts[0].volume_mm3).toBeCloseTo(8, 9);
    const results = await pool.runAll([python, box, python, box]);
    expect(results.map((r) => Math.round(r.parts[0].volume_mm3))).toEqual([27, 8, 27, 8]);
    expect(pool.stats.crashes).toBe(0);
  });

  it("a Python candidate's endless loop stops by its budget inside the locked-down thread, which goes on", async () => {
    pool = new WorkerPool({ workers: 1 });
    const [loop, next] = await pool.runAll([
      { kind: "build", code: "import cadquery as cq\nwhile True:\n    pass\n", budget: 500 },
      { kind: "build", code: "import cadquery as cq\nimport math\nresult = cq.Workplane().cylinder(2, math.sqrt(4))\n" },
    ]);
    expect(loop.failure).toMatchObject({ class: "timeout", wall_clock: false, line: 3 });
    expect(next.parts[0].volume_mm3).toBeCloseTo(8 * Math.PI, 6);
    expect(pool.stats.timeouts).toBe(0);
  });

  it("a Python candidate that changes Python's shared state fails for it and costs its thread: the next Python candidate in line builds in a fresh interpreter", async () => {
    pool = new WorkerPool({ workers: 1 });
    const patcher = `import cadquery as cq
import collections
collections._sys.modules["_cadforge_workplane"].Workplane.box = lambda self, *a, **k: self.sphere(1)
result = cq.Workplane().sphere(2)
`;
    const [patched, next] = await pool.runAll([
      { kind: "build", code: patcher },
      { kind: "build", code: "import cadquery as cq\nresult = cq.Workplane().box(10, 10, 10)\n" },
    ]);
    expect(patched.failure).toMatchObject({ class: "kernel_error" });
    expect(patched.failure?.message).toMatch(/changed Python's shared state \(.*Workplane.*\).*interpreter is replaced/);
    expect(next.parts[0].volume_mm3).toBeCloseTo(1000, 9);
    expect(pool.stats.recycles).toBe(1);
  });

  it("holds against Python that escapes its import list to reach JavaScript: a changed built-in is undone and fails the job, a broken interpreter costs its thread", async () => {
    pool = new WorkerPool({ workers: 1 });
    const escape = (change: string) => `import cadquery as cq
importer = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "BuiltinImporter"][0]
js = importer.load_module("sys").modules["js"]
${change}
result = cq.Workplane().box(1, 1, 1)
`;
    const plain = { kind: "build" as const, code: "import cadquery as cq\nresult = cq.Workplane().box(2, 2, 2)\n" };
    const [patched, afterPatch, broken, afterBreak] = await pool.runAll([
      { kind: "build", code: escape("js.Math.max = js.Math.min") },
      plain,
      { kind: "build", code: escape("js.Array.prototype.push = js.Array.prototype.pop") },
      plain,
    ]);
    expect(patched.failure).toMatchObject({ class: "kernel_error" });
    expect(patched.failure?.message).toContain("Math.max");
    expect(afterPatch.parts[0].volume_mm3).toBeCloseTo(8, 9);
    expect(broken.ok).toBe(false);
    expect(afterBreak.parts[0].volume_mm3).toBeCloseTo(8, 9);
  });
});
