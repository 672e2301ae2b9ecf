import { WorkerPool } from "../src/worker/node/workerPool";
import type { PoolJob } from "../src/worker/node/poolJob";
import type { Figure } from "./figure";

/**
 * Candidates per second on a warm pool. The batch runs once untimed first, so every thread has
 * loaded its kernel and built each task's reference (once per thread) before the clock starts.
 */
async function throughput(jobs: PoolJob[], workers: number): Promise<number> {
  const pool = new WorkerPool({ workers, timeoutMs: 60_000 });
  try {
    await pool.ready();
    await pool.runAll(jobs);
    const started = performance.now();
    await pool.runAll(jobs);
    return jobs.length / ((performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}

export async function poolFigures(jobs: PoolJob[], what: string): Promise<Figure[]> {
  const one = await throughput(jobs, 1);
  const two = await throughput(jobs, 2);
  const note = `${jobs.length} ${what}`;
  return [
    { group: "batch", label: "throughput, 1 worker", value: one, unit: "candidates/s", note },
    { group: "batch", label: "throughput, 2 workers", value: two, unit: "candidates/s", note },
    { group: "batch", label: "speed-up of 2 workers over 1", value: two / one, unit: "x", target: { min: 1.7, source: "issue 3" }, note: "the machine is shared; other load lowers this" },
  ];
}
