import { buildModel, type Kernel } from "../src/kernel";
import type { ScoreResult } from "../src/scorer/types";
import type { Task } from "../src/tasks/types";
import { WorkerPool } from "../src/worker/node/workerPool";
import { startBusyMachine } from "../tests/support/busyMachine";
import { loadCorpus, type LoadCase } from "../tests/support/loadCorpus";
import { median, percentile, type Figure } from "./figure";

const group = "limits that do not depend on load";
const source = "issue 12";

/**
 * What counting the work budget costs the builds: every reference and trajectory step built with
 * the counting on and off, in turns, three rounds; and how long a unit of work takes here.
 */
export async function budgetCostFigures(kernel: Kernel, tasks: Task[]): Promise<Figure[]> {
  const sources = tasks.flatMap((t) => [...t.references, ...t.trajectory.map((s) => s.code)]);
  const spent = { on: 0, off: 0 };
  const msPerUnit: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const code of sources) {
      for (const accounting of round % 2 === 0 ? [true, false] : [false, true]) {
        kernel.work.accounting = accounting;
        const started = performance.now();
        const outcome = await buildModel(kernel, code);
        const ms = performance.now() - started;
        spent[accounting ? "on" : "off"] += ms;
        if (outcome.ok) {
          if (accounting && round === 0 && ms > 200) msPerUnit.push(ms / outcome.model.workUnits);
          outcome.model.dispose();
        }
      }
    }
  }
  kernel.work.accounting = true;
  return [
    { group, label: "work budget accounting: cost over the builds", value: (100 * (spent.on - spent.off)) / spent.off, unit: "%", target: { max: 5, source }, note: `${sources.length} references and trajectory steps, 3 rounds each way, ${(spent.off / 1000).toFixed(1)} s without` },
    { group, label: "a work unit: median time (quiet)", value: median(msPerUnit), unit: "ms", note: `builds over 200 ms (${msPerUnit.length}); 10th-90th percentile ${percentile(msPerUnit, 10).toFixed(2)}-${percentile(msPerUnit, 90).toFixed(2)} ms` },
  ];
}

/** Scores every case on a two-thread pool; results without timings, by case id. */
async function scoreAll(tasks: Map<string, Task>, cases: LoadCase[]): Promise<Map<string, string>> {
  const pool = new WorkerPool({ workers: 2, maxOldGenerationMb: 1280 });
  const results = new Map<string, string>();
  try {
    await Promise.all(
      cases.map(async (c) => {
        const { elapsed_ms: _elapsed, ...rest } = (await pool.run({ kind: "score", task: tasks.get(c.taskId)!, code: c.code, mode: "fast", budget: c.budget }, { timeoutMs: c.backstopMs })) as ScoreResult;
        results.set(c.id, JSON.stringify(rest));
      }),
    );
  } finally {
    await pool.close();
  }
  return results;
}

/** The corpus of `tests/load` scored quiet and with the cores taken four times over: how many results are identical. */
export async function underLoadFigures(tasks: Task[]): Promise<Figure[]> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const cases = loadCorpus(tasks, "node");
  const quiet = await scoreAll(byId, cases);
  const busy = startBusyMachine(4);
  let loaded: Map<string, string>;
  try {
    loaded = await scoreAll(byId, cases);
  } finally {
    await busy.stop();
  }
  const same = cases.filter((c) => quiet.get(c.id) === loaded.get(c.id)).length;
  return [
    { group, label: "identical under 4x load", value: same, unit: `/ ${cases.length}`, target: { min: cases.length, source }, note: `every reference, seed, trajectory step and hostile candidate, ${busy.processes} busy processes` },
  ];
}
