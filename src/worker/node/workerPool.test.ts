import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "./workerPool";
import type { BuildJob } from "./poolJob";

const box = (size: number): BuildJob => ({
  kind: "build",
  code: `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(${size}, ${size}, ${size});`,
});

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("WorkerPool", () => {
  it("runs a batch on two threads and returns results in input order", async () => {
    pool = new WorkerPool({ workers: 2 });
    const jobs: BuildJob[] = [box(1), box(2), { kind: "build", code: "const main = () => {\n  const v = nope;\n  return v;\n};" }, box(3), box(4), box(5)];
    const seen: number[] = [];
    const results = await pool.runAll(jobs, (_result, index) => seen.push(index));
    expect(results.map((r) => (r.ok ? Math.round(r.parts[0].volume_mm3) : r.failure?.class))).toEqual([1, 8, "undefined_name", 27, 64, 125]);
    expect(results[2].failure).toMatchObject({ line: 2, column: 13 });
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("takes a job whose signal aborts out of the queue before it runs; one already running finishes", async () => {
    pool = new WorkerPool({ workers: 1 });
    await pool.ready();
    const leaving = new AbortController();
    const running = pool.run(box(2), { signal: leaving.signal });
    const waiting = pool.run(box(3), { signal: leaving.signal });
    const next = pool.run(box(4));
    leaving.abort(new Error("client gone"));
    await expect(waiting).rejects.toThrow("client gone");
    expect((await running).parts[0].volume_mm3).toBeCloseTo(8, 6);
    expect((await next).parts[0].volume_mm3).toBeCloseTo(64, 6);
    expect(pool.stats.jobs).toBe(2);
  });

  it("reports what a build returned beside its solids, by name and kind", async () => {
    pool = new WorkerPool({ workers: 1 });
    const result = await pool.run({
      kind: "build",
      code: 'const { makeBaseBox, drawCircle } = replicad;\nconst main = () => [makeBaseBox(2, 2, 2), { shape: drawCircle(3), name: "rim" }];',
    });
    expect(result.ok).toBe(true);
    expect(result.parts.map((p) => Math.round(p.volume_mm3))).toEqual([8]);
    expect(result.not_scored).toEqual([{ name: "rim", kind: "drawing" }]);
  });

  it("applies parameter overrides inside the thread", async () => {
    pool = new WorkerPool();
    const result = await pool.run({
      kind: "build",
      code: "const defaultParams = { s: 2 };\nconst main = (r, p) => r.makeBaseBox(p.s, p.s, p.s);",
      params: { s: 3 },
    });
    expect(result.parts[0].volume_mm3).toBeCloseTo(27, 6);
  });

  it("stops a runaway loop by its work budget on the same thread, and a native hang at the wall-clock backstop on a fresh one; the next job works", async () => {
    pool = new WorkerPool({ timeoutMs: 1500 });
    const [loop, hung, next] = await pool.runAll([
      // A small budget: the loop stops in milliseconds, far inside the backstop on any machine.
      { kind: "build", code: "const main = () => {\n  while (true) {}\n};", budget: 1_000 },
      { kind: "build", code: 'const main = () => {\n  /(a+)+$/.test("a".repeat(40) + "!");\n};' },
      box(2),
    ]);
    expect(loop.failure).toMatchObject({ class: "timeout", wall_clock: false, line: 2 });
    expect(hung.ok).toBe(false);
    expect(hung.failure).toMatchObject({ class: "timeout", wall_clock: true });
    expect(hung.failure?.message).toMatch(/did not finish within 1\.5 s of wall-clock time/);
    expect(hung.elapsed_ms).toBe(1500);
    expect(next.ok).toBe(true);
    expect(next.parts[0].volume_mm3).toBeCloseTo(8, 6);
    expect(pool.stats.timeouts).toBe(1);
  });

  it("recovers from a thread that dies of running out of memory, classified out_of_memory", async () => {
    pool = new WorkerPool({ maxOldGenerationMb: 96, timeoutMs: 30_000 });
    const hog = "const main = () => {\n  const hoard = [];\n  while (true) hoard.push(new Array(1e5).fill({ a: 1 }));\n};";
    const [oom, next] = await pool.runAll([{ kind: "build", code: hog }, box(3)]);
    expect(oom.failure?.class).toBe("out_of_memory");
    expect(next.ok).toBe(true);
    expect(pool.stats.crashes).toBe(1);
  });

  it("keeps the thread alive when a promise the code kept but never awaited fails after main returned", async () => {
    pool = new WorkerPool();
    const stray = `const main = (r) => {
  const later = (async () => {
    await null;
    return r.makeBaseBox(1, 1, 1).fillet(30);
  })();
  const early = Promise.reject(new Error("stray"));
  return r.makeBaseBox(3, 3, 3);
};`;
    const [withStray, next] = await pool.runAll([{ kind: "build", code: stray }, box(2)]);
    expect(withStray.ok).toBe(true);
    expect(withStray.parts[0].volume_mm3).toBeCloseTo(27, 6);
    expect(next.parts[0].volume_mm3).toBeCloseTo(8, 6);
    expect(pool.stats.crashes).toBe(0);
  });

  it("recycles a thread past the heap threshold between jobs without losing any", async () => {
    pool = new WorkerPool({ recycleHeapBytes: 1 });
    const results = await pool.runAll([box(1), box(2), box(3)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(pool.stats.recycles).toBe(3);
  });

  it("replaces a thread whose realm a candidate damaged beyond repair", async () => {
    pool = new WorkerPool();
    const [damaging, next] = await pool.runAll([
      { kind: "build", code: "Object.preventExtensions(Array.prototype);\nconst main = () => replicad.makeBaseBox(1, 1, 1);" },
      box(2),
    ]);
    expect(damaging.ok).toBe(false);
    expect(damaging.failure?.message).toContain("Array.prototype");
    expect(pool.stats.recycles).toBe(1);
    expect(next.parts[0].volume_mm3).toBeCloseTo(8, 6);
  });
});
