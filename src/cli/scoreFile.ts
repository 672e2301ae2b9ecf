import { readFile } from "node:fs/promises";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import { WorkerPool } from "../worker/node/workerPool";
import { UsageError } from "./usageError";
import type { RunLimits } from "./cliOptions";
import type { LanguageChoice } from "../model/codeLanguage";

/** Scores one candidate file, on a pool thread so that what its work budget cannot stop meets the backstop. */
export async function scoreFile(task: Task, file: string, mode: ScoreMode, language: LanguageChoice, limits: RunLimits): Promise<ScoreResult> {
  let code: string;
  try {
    code = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const pool = new WorkerPool({ workers: 1, timeoutMs: limits.timeoutMs });
  try {
    return await pool.run({ kind: "score", task, code, mode, budget: limits.budget, language });
  } finally {
    await pool.close();
  }
}
