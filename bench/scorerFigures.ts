import type { Kernel } from "../src/kernel";
import { heapBytes } from "../src/kernel";
import { scoreCandidate } from "../src/scorer/index";
import type { ScoreMode, ScoreResult } from "../src/scorer/types";
import type { Task } from "../src/tasks/types";
import { median, type Figure } from "./figure";

/** Steps of a score the scorer times in `elapsed_ms.dimensions`: shared geometry, the reference, each dimension. */
const STEPS = ["geometry", "reference", "topology", "contact", "semantic_parts", "reference_similarity", "editability", "efficiency"] as const;
const FAST_RUNS = 3;

async function scoreRuns(kernel: Kernel, task: Task, mode: ScoreMode, runs: number): Promise<{ wallMs: number[]; results: ScoreResult[] }> {
  const wallMs: number[] = [];
  const results: ScoreResult[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await scoreCandidate(kernel, task, task.reference, { mode });
    wallMs.push(performance.now() - started);
    results.push(result);
    if (!result.ok) throw new Error(`the reference of ${task.id} does not score: ${result.failure?.message}`);
  }
  return { wallMs, results };
}


/**
 * Score times of each task's reference model in this process, fast (median of 3, after one
 * untimed run that builds the cached reference) and full (one run, its own reference cache).
 */
export async function scorerFigures(kernel: Kernel, tasks: Task[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const fullMs: number[] = [];
  const overheads: number[] = [];
  let builtMs = 0;
  let scoredMs = 0;
  const stepMs: Partial<Record<(typeof STEPS)[number], number[]>> = {};
  for (const task of tasks) {
    await scoreCandidate(kernel, task, task.reference, { mode: "fast" });
    const fast = await scoreRuns(kernel, task, "fast", FAST_RUNS);
    // The build as the page makes it before scoring: the kernel run and the display tessellation.
    const buildMs = median(fast.results.map((r) => r.elapsed_ms.build + (r.elapsed_ms.mesh ?? 0)));
    const meshMs = median(fast.results.map((r) => r.elapsed_ms.mesh ?? 0));
    const scoreMs = median(fast.results.map((r) => r.elapsed_ms.score));
    const overhead = (100 * scoreMs) / buildMs;
    overheads.push(overhead);
    builtMs += buildMs;
    scoredMs += scoreMs;
    const group = `score ${task.id}`;
    figures.push({
      group,
      label: "fast score added on top of the build",
      value: overhead,
      unit: "%",
      target: { max: 30, source: "issue 3" },
      note: `build ${(buildMs - meshMs).toFixed(0)} ms + display tessellation ${meshMs.toFixed(0)} ms, scoring ${scoreMs.toFixed(0)} ms (median of ${FAST_RUNS})`,
    });
    for (const step of STEPS) {
      const times = fast.results.map((r) => r.elapsed_ms.dimensions?.[step]).filter((t): t is number => typeof t === "number");
      if (times.length) (stepMs[step] ??= []).push(median(times));
    }
    const full = await scoreRuns(kernel, task, "full", 1);
    fullMs.push(full.wallMs[0]);
    figures.push({ group, label: "full score, wall clock", value: full.wallMs[0], unit: "ms", target: { max: 5000, source: "issue 3" }, note: "first full score: includes the full-mode reference" });
  }
  for (const step of STEPS) {
    const times = stepMs[step];
    if (times) figures.push({ group: "score, all references", label: `fast score time: ${step}`, value: median(times), unit: "ms", note: `median over ${times.length} tasks; max ${Math.max(...times).toFixed(0)} ms` });
  }
  figures.push(
    { group: "score, all references", label: "fast score overhead, median over tasks", value: median(overheads), unit: "%", target: { max: 30, source: "issue 3" }, note: `${tasks.length} tasks; worst ${Math.max(...overheads).toFixed(0)} %` },
    {
      group: "score, all references",
      label: "fast score overhead, all references together",
      value: (100 * scoredMs) / builtMs,
      unit: "%",
      target: { max: 45, source: "issue 11" },
      note: `scoring ${scoredMs.toFixed(0)} ms on top of ${builtMs.toFixed(0)} ms of builds (with their display tessellation), medians per task summed`,
    },
    { group: "score, all references", label: "full score, worst task", value: Math.max(...fullMs), unit: "ms", target: { max: 5000, source: "issue 3" }, note: `${tasks.length} tasks` },
  );
  return figures;
}

const HEAP_CANDIDATES = 500;

/** WASM and JS heap before and after scoring 500 candidates (references, seeds, a failure) in one kernel. */
export async function heapFigures(kernel: Kernel, tasks: Task[]): Promise<Figure[]> {
  const candidates = tasks.flatMap((task) => [
    { task, code: task.reference },
    { task, code: task.seed },
    { task, code: "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 10, 10).fillet(20);" },
  ]);
  for (const c of candidates) await scoreCandidate(kernel, c.task, c.code, { mode: "fast" });
  const wasmBefore = heapBytes(kernel.oc);
  const jsBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let i = 0; i < HEAP_CANDIDATES; i++) {
    const c = candidates[i % candidates.length];
    await scoreCandidate(kernel, c.task, c.code, { mode: "fast" });
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const note = `${HEAP_CANDIDATES} fast scores over ${candidates.length} candidates, ${seconds.toFixed(0)} s`;
  return [
    { group: "heap", label: "WASM heap after warm-up", value: mb(wasmBefore), unit: "MB" },
    { group: "heap", label: `WASM heap growth over ${HEAP_CANDIDATES} scored candidates`, value: mb(heapBytes(kernel.oc) - wasmBefore), unit: "MB", note },
    { group: "heap", label: `JS heap growth over ${HEAP_CANDIDATES} scored candidates`, value: mb(process.memoryUsage().heapUsed - jsBefore), unit: "MB", note: "heapUsed, without a forced GC" },
  ];
}
