import { readFile } from "node:fs/promises";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import { WorkerPool } from "../worker/node/workerPool";
import { UsageError } from "./usageError";

/** Scores one candidate file. It runs on a pool thread so a hung candidate meets the time limit. */
export async function scoreFile(task: Task, file: string, mode: ScoreMode, timeoutMs: number): Promise<ScoreResult> {
  let code: string;
  try {
    code = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const pool = new WorkerPool({ workers: 1, timeoutMs });
  try {
    return await pool.run({ kind: "score", task, code, mode });
  } finally {
    await pool.close();
  }
}
