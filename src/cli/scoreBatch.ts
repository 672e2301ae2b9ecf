import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { ScoreMode } from "../scorer/types";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { WorkerPool } from "../worker/node/workerPool";
import { readCandidateLine } from "./candidateLine";
import { ProgressBar } from "./progressBar";
import { readInput } from "./readInput";
import { UsageError } from "./usageError";
import type { RunLimits } from "./cliOptions";

export interface BatchOptions {
  input: string;
  out: string | null;
  workers: number;
  mode: ScoreMode;
  limits: RunLimits;
}

/**
 * Scores a JSONL batch on the worker pool and writes one line per non-blank input line, in input
 * order, as soon as every earlier line is written. A line that cannot be scored gets an `error`
 * line; the batch goes on.
 */
export async function scoreBatch(options: BatchOptions): Promise<void> {
  const text = await readInput(options.input);
  const catalogue = await loadCatalogueFromDisk();
  const tasks = new Map(catalogue.tasks.map((t) => [t.id, t]));
  const candidates = text
    .split(/\r?\n/)
    .map((lineText, index) => ({ lineText, line: index + 1 }))
    .filter(({ lineText }) => lineText.trim() !== "")
    .map(({ lineText, line }) => readCandidateLine(lineText, line, tasks));

  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  if (options.out) await once(output, "open").catch((error) => { throw new UsageError(`cannot write ${options.out}: ${error.message}`); });
  const progress = process.stderr.isTTY ? new ProgressBar(candidates.length, process.stderr) : null;

  const rows: (string | undefined)[] = new Array(candidates.length);
  let written = 0;
  const settle = (index: number, row: object) => {
    rows[index] = JSON.stringify(row);
    progress?.tick();
    while (written < rows.length && rows[written] !== undefined) {
      output.write(rows[written] + "\n");
      rows[written++] = "";
    }
  };

  const pool = new WorkerPool({ workers: Math.min(options.workers, Math.max(1, candidates.length)), timeoutMs: options.limits.timeoutMs });
  try {
    await Promise.all(
      candidates.map(async (candidate, index) => {
        if ("error" in candidate) {
          settle(index, { id: candidate.id, line: candidate.line, ok: false, error: candidate.error });
          return;
        }
        const result = await pool.run({ kind: "score", task: candidate.task, code: candidate.code, mode: options.mode, budget: options.limits.budget });
        settle(index, { id: candidate.id, line: candidate.line, ...result });
      }),
    );
  } finally {
    await pool.close();
    progress?.finish();
  }
  if (options.out) {
    output.end();
    await once(output, "finish");
  }
}
