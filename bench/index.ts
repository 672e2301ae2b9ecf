import { buildModel } from "../src/kernel";
import { loadCatalogueFromDisk } from "../src/tasks/loadFromDisk";
import type { PoolJob } from "../src/worker/node/poolJob";
import type { Figure } from "./figure";
import { kernelFigures } from "./kernelFigures";
import { pageFigures } from "./pageFigures";
import { poolFigures } from "./poolFigures";
import { startPreview } from "./previewServer";
import { formatTable, toJson } from "./report";
import { heapFigures, scorerFigures } from "./scorerFigures";

/** `npm run bench [-- --json]`: every figure the issues ask for, each with its target when one is set. */
const asJson = process.argv.includes("--json");
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const figures: Figure[] = [];

progress("kernel init and fixture build");
const { kernel, figures: kernelResults } = await kernelFigures();
figures.push(...kernelResults);

const { tasks } = await loadCatalogueFromDisk();
for (const task of tasks) {
  const outcome = await buildModel(kernel, task.reference);
  if (!outcome.ok) throw new Error(`the reference of ${task.id} does not build: ${outcome.error.message}`);
  outcome.model.dispose();
}
/** Throughput and heap run on the two tasks issue 3 names, so the figures compare across catalogue growth. */
const issueTasks = tasks.filter((t) => t.id === "caster_wheel_fork" || t.id === "axial_motor_stator_12_slot");

progress(`score times of ${tasks.length} reference models`);
figures.push(...(await scorerFigures(kernel, tasks)));

progress("batch throughput with 1 and 2 workers");
const batch: PoolJob[] = Array.from({ length: 6 }, () =>
  issueTasks.flatMap((task): PoolJob[] => [
    { kind: "score", task, code: task.reference, mode: "fast" },
    { kind: "score", task, code: task.seed, mode: "fast" },
  ]),
).flat();
figures.push(...(await poolFigures(batch, `fast scores (reference and seed of ${issueTasks.map((t) => t.id).join(", ")})`)));

progress("heap over 500 scored candidates");
figures.push(...(await heapFigures(kernel, issueTasks)));

progress("page figures: production build, vite preview, headless Chromium");
const server = await startPreview();
try {
  figures.push(...(await pageFigures(server.url)));
} finally {
  await server.close();
}

process.stdout.write((asJson ? toJson(figures) : formatTable(figures)) + "\n");
