import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { ScoreMode } from "../scorer/types";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { WorkerPool } from "../worker/node/workerPool";
import { readCandidateLine } from "./candidateLine";
import { isBlank, openInputLines } from "./inputLines";
import { ProgressBar } from "./progressBar";
import { UsageError } from "./usageError";
import type { RunLimits } from "./cliOptions";
import type { LanguageChoice } from "../model/codeLanguage";

export interface BatchOptions {
  input: string;
  out: string | null;
  workers: number;
  mode: ScoreMode;
  /** The language of lines that name none (`lang`). */
  language: LanguageChoice;
  limits: RunLimits;
}

/**
 * Scores a JSONL batch on the worker pool and writes one line per non-blank input line, in input
 * order, as soon as it and every earlier line are scored. Each line goes to the pool as soon as it
 * is read, so a process fed on standard input serves a training loop: write a line, read its
 * answer, write the next. A line that cannot be scored gets an `error` line; the batch goes on.
 */
export async function scoreBatch(options: BatchOptions): Promise<void> {
  const input = await openInputLines(options.input);
  const catalogue = await loadCatalogueFromDisk();
  const tasks = new Map(catalogue.tasks.map((t) => [t.id, t]));

  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  if (options.out) await once(output, "open").catch((error) => { throw new UsageError(`cannot write ${options.out}: ${error.message}`); });
  const progress = process.stderr.isTTY ? new ProgressBar(input.count, process.stderr) : null;

  // Answers that came back before an earlier one, by their index among the non-blank lines; a
  // long-lived process keeps only these, never the answers it has written.
  const early = new Map<number, string>();
  let written = 0;
  const settle = (index: number, row: object) => {
    early.set(index, JSON.stringify(row));
    progress?.tick();
    for (let line = early.get(written); line !== undefined; line = early.get(written)) {
      early.delete(written++);
      output.write(line + "\n");
    }
  };

  const workers = input.count === null ? options.workers : Math.min(options.workers, Math.max(1, input.count));
  const pool = new WorkerPool({ workers, timeoutMs: options.limits.timeoutMs });
  const scoring = new Set<Promise<void>>();
  let broken: Error | null = null;
  try {
    let lineNumber = 0;
    let index = 0;
    for await (const text of input.lines) {
      lineNumber++;
      if (isBlank(text)) continue;
      progress?.receive();
      const candidate = readCandidateLine(text, lineNumber, tasks);
      const at = index++;
      if ("error" in candidate) {
        settle(at, { id: candidate.id, line: candidate.line, ok: false, error: candidate.error });
        continue;
      }
      const job = pool
        .run({ kind: "score", task: candidate.task, code: candidate.code, mode: candidate.mode ?? options.mode, budget: options.limits.budget, language: candidate.lang ?? options.language })
        .then(
          (result) => settle(at, { id: candidate.id, line: candidate.line, ...result }),
          (error: Error) => {
            // Only a pool that cannot run anything rejects; every later line would wait forever.
            broken ??= error;
            input.abort(error);
          },
        );
      scoring.add(job);
      void job.then(() => scoring.delete(job));
      if (broken) break;
    }
    await Promise.all(scoring);
    if (broken) throw broken;
  } finally {
    await pool.close();
    progress?.finish();
  }
  if (options.out) {
    output.end();
    await once(output, "finish");
  }
}
