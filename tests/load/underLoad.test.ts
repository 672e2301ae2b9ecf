import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/worker/node/workerPool";
import { loadCatalogueFromDisk } from "../../src/tasks/loadFromDisk";
import type { ScoreResult } from "../../src/scorer/types";
import type { Task } from "../../src/tasks/types";
import { startBusyMachine, type BusyMachine } from "../support/busyMachine";
import { loadCorpus, type LoadCase } from "../support/loadCorpus";

/** A score as the contract defines it, minus the only fields allowed to vary between runs. */
const withoutTimings = ({ elapsed_ms: _elapsed, ...rest }: ScoreResult) => JSON.stringify(rest);

let tasks: Map<string, Task>;
let cases: LoadCase[];
let busy: BusyMachine | null = null;
const quiet = new Map<string, string>();
const loaded = new Map<string, string>();

/** Scores every case on a fresh two-thread pool, as `cadforge score --jsonl` would. */
async function scoreAll(into: Map<string, string>): Promise<void> {
  // The heap limit lets the 5 MB source's syntax trees fit and the heap hoard fill it quickly.
  const pool = new WorkerPool({ workers: 2, maxOldGenerationMb: 1280 });
  try {
    await Promise.all(
      cases.map(async (c) => {
        const result = await pool.run({ kind: "score", task: tasks.get(c.taskId)!, code: c.code, mode: "fast", budget: c.budget }, { timeoutMs: c.backstopMs });
        into.set(c.id, withoutTimings(result));
      }),
    );
  } finally {
    await pool.close();
  }
}

beforeAll(async () => {
  const catalogue = (await loadCatalogueFromDisk()).tasks;
  tasks = new Map(catalogue.map((t) => [t.id, t]));
  cases = loadCorpus(catalogue, "node");
  await scoreAll(quiet);
  busy = startBusyMachine(4);
  try {
    await scoreAll(loaded);
  } finally {
    await busy.stop();
  }
}, 3_600_000);

afterAll(() => busy?.stop());

describe("the same code gets the same result on a busy machine", () => {
  it("scores every reference, seed, trajectory step and hostile candidate identically with the cores taken four times over", () => {
    expect(busy!.processes).toBeGreaterThanOrEqual(8);
    expect(cases.length).toBeGreaterThan(150);
    const differing = cases.filter((c) => quiet.get(c.id) !== loaded.get(c.id)).map((c) => c.id);
    expect(differing).toEqual([]);
    // The corpus reaches both ends of the limits: the budget and the backstop each stop something.
    const failures = [...quiet.values()].map((json) => (JSON.parse(json) as ScoreResult).failure);
    expect(failures.some((f) => f?.class === "timeout" && f.wall_clock === false)).toBe(true);
    expect(failures.some((f) => f?.class === "timeout" && f.wall_clock === true)).toBe(true);
  });
});
