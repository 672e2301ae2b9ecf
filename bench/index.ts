import { buildModel, type Kernel } from "../src/kernel";
import { loadCatalogueFromDisk } from "../src/tasks/loadFromDisk";
import type { Task } from "../src/tasks/types";
import type { PoolJob } from "../src/worker/node/poolJob";
import { bundleFigures } from "./bundleFigures";
import { cadqueryFigures } from "./cadqueryFigures";
import { calibrationFigures } from "./calibrationFigures";
import { corpusFigures } from "./corpusFigures";
import type { Figure } from "./figure";
import { kernelFigures } from "./kernelFigures";
import { budgetCostFigures, underLoadFigures } from "./loadFigures";
import { pageFigures } from "./pageFigures";
import { pagePythonFigures } from "./pagePythonFigures";
import { poolFigures } from "./poolFigures";
import { startPreview } from "./previewServer";
import { replayFigures } from "./replayFigures";
import { formatTable, toJson } from "./report";
import { heapFigures, scorerFigures } from "./scorerFigures";
import { serverFigures } from "./serverFigures";

/**
 * `npm run bench [-- --json]`: every figure the issues ask for, each with its target when one is
 * set. A section that fails is reported on stderr and the exit status is 1, but the figures of
 * the other sections are still printed.
 */
const asJson = process.argv.includes("--json");
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const figures: Figure[] = [];
const failed: string[] = [];

async function section(name: string, measure: () => Promise<Figure[]>): Promise<void> {
  progress(name);
  try {
    figures.push(...(await measure()));
  } catch (error) {
    failed.push(name);
    progress(`FAILED: ${name}: ${(error as Error)?.stack ?? error}`);
  }
}

const { kernel, figures: kernelResults } = await kernelFigures();
figures.push(...kernelResults);

const { tasks } = await loadCatalogueFromDisk();
await checkReferencesBuild(kernel, tasks);
/** Throughput and heap run on the two tasks issue 3 names, so the figures compare across catalogue growth. */
const issueTasks = tasks.filter((t) => t.id === "caster_wheel_fork" || t.id === "axial_motor_stator_12_slot");

await section(`score times of ${tasks.length} reference models`, () => scorerFigures(kernel, tasks));
await section("reward calibration: baselines, references and the blind set", () => calibrationFigures(kernel, tasks));
await section(`replay of every trajectory`, () => replayFigures(kernel, tasks));
await section("public replicad corpus: build rate and time", () => corpusFigures(progress));
await section("work budget: what its counting costs the builds", () => budgetCostFigures(kernel, tasks));
await section("the same results with the cores taken four times over", () => underLoadFigures(tasks));
await section("batch throughput with 1 and 2 workers", () => {
  // 96 jobs: with uneven jobs (the stator's reference is the slowest), the last one running alone on
  // one thread would weigh on a short batch far more than on the thousands a training run scores.
  const batch: PoolJob[] = Array.from({ length: 24 }, () =>
    issueTasks.flatMap((task): PoolJob[] => [
      { kind: "score", task, code: task.reference, mode: "fast" },
      { kind: "score", task, code: task.seed, mode: "fast" },
    ]),
  ).flat();
  return poolFigures(batch, `fast scores (reference and seed of ${issueTasks.map((t) => t.id).join(", ")})`);
});
await section("OpenEnv server next to score --jsonl", () => serverFigures(issueTasks));
await section("heap over 500 scored candidates", () => heapFigures(kernel, issueTasks));
// Last of the Node figures: Python stays loaded in this process, and the figures above are of replicad alone.
await section("CadQuery front end: Pyodide start, the fixture's edit-to-reward and batch throughput against replicad", () => cadqueryFigures(kernel, issueTasks[0]));
await section("production build, served by vite preview", async () => {
  const server = await startPreview();
  try {
    await section("bundle sizes of the production build", () => bundleFigures(server.distDir));
    await section("page figures: headless Chromium (first model, edit latencies, 1,000-build soak)", () => pageFigures(server.url, server.distDir));
    await section("CadQuery in the page: Pyodide's start, the first CadQuery model, the replicad-only download", () => pagePythonFigures(server.url));
  } finally {
    await server.close();
  }
  return [];
});

process.stdout.write((asJson ? toJson(figures) : formatTable(figures)) + "\n");
if (failed.length) {
  progress(`${failed.length} section(s) failed: ${failed.join("; ")}`);
  process.exitCode = 1;
}

async function checkReferencesBuild(kernel: Kernel, tasks: Task[]): Promise<void> {
  for (const task of tasks) {
    const outcome = await buildModel(kernel, task.reference);
    if (!outcome.ok) throw new Error(`the reference of ${task.id} does not build: ${outcome.error.message}`);
    outcome.model.dispose();
  }
}
