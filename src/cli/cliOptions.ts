import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { ScoreMode } from "../scorer/types";
import { UsageError } from "./usageError";
import { DEFAULT_BACKSTOP_MS, DEFAULT_WORK_BUDGET } from "../model/limits";
import { LANGUAGE_CHOICES, isLanguageChoice, type LanguageChoice } from "../model/codeLanguage";

export type CliCommand =
  | { command: "help" }
  | { command: "tasks" }
  | { command: "score-file"; taskId: string; file: string; mode: ScoreMode; language: LanguageChoice; limits: RunLimits }
  | { command: "score-jsonl"; input: string; out: string | null; workers: number; mode: ScoreMode; language: LanguageChoice; limits: RunLimits };

/** What a candidate may use: its work budget (units) and the wall-clock backstop (ms). */
export interface RunLimits {
  budget: number;
  timeoutMs: number;
}

/** `--budget <units>` and `--timeout <ms>`, each with its default (README, "Work budget"). */
export function readLimits(values: { budget?: string; timeout?: string }): RunLimits {
  return {
    budget: values.budget === undefined ? DEFAULT_WORK_BUDGET : positiveInteger("--budget", values.budget),
    timeoutMs: values.timeout === undefined ? DEFAULT_BACKSTOP_MS : positiveInteger("--timeout", values.timeout),
  };
}

/** Reads argv into one command, or throws a UsageError that says which argument is wrong. */
export function parseCli(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        task: { type: "string" },
        mode: { type: "string" },
        jsonl: { type: "string" },
        workers: { type: "string" },
        out: { type: "string" },
        timeout: { type: "string" },
        budget: { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") return { command: "help" };

  if (command === "tasks") {
    const extra = Object.keys(values);
    if (rest.length || extra.length) throw new UsageError(`"cadforge tasks" takes no arguments (got ${[...rest, ...extra.map((k) => `--${k}`)].join(" ")})`);
    return { command: "tasks" };
  }
  if (command !== "score") throw new UsageError(`unknown command "${command}": use tasks, score, env, serve or curriculum`);

  const mode = readMode(values.mode);
  const language = readLanguage(values.lang);
  const limits = readLimits(values);
  if (values.jsonl !== undefined) {
    if (values.task !== undefined) throw new UsageError("--task is for one file; in --jsonl mode each line names its task_id");
    if (rest.length) throw new UsageError(`--jsonl reads its input from ${values.jsonl}; unexpected argument "${rest[0]}"`);
    const workers = values.workers === undefined ? Math.min(availableParallelism(), 8) : positiveInteger("--workers", values.workers);
    return { command: "score-jsonl", input: values.jsonl, out: values.out ?? null, workers, mode, language, limits };
  }
  if (values.workers !== undefined || values.out !== undefined) throw new UsageError("--workers and --out go with --jsonl");
  if (values.task === undefined) throw new UsageError("score needs --task <id> and a file, or --jsonl <file|->");
  if (rest.length !== 1) throw new UsageError(rest.length ? `score takes one file, got ${rest.length}: ${rest.join(" ")}` : "score --task needs the candidate file to score");
  return { command: "score-file", taskId: values.task, file: rest[0], mode, language, limits };
}

export function readMode(value: string | undefined): ScoreMode {
  if (value === undefined || value === "fast" || value === "full") return value ?? "fast";
  throw new UsageError(`--mode must be "fast" or "full", not "${value}"`);
}

/** `--lang auto|javascript|python`: "auto" (the default) reads it from each candidate (`import cadquery` is Python). */
export function readLanguage(value: string | undefined): LanguageChoice {
  if (value === undefined) return "auto";
  if (isLanguageChoice(value)) return value;
  throw new UsageError(`--lang must be ${LANGUAGE_CHOICES.join(", ")}, not "${value}"`);
}

export function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, not "${value}"`);
  return n;
}
