import { resolveLanguage } from "../model/detectLanguage";
import { QUOTED_LANGUAGE_CHOICES, isLanguageChoice, type CodeLanguage, type LanguageChoice } from "../model/codeLanguage";

/** One line of a rollouts file that reads as a candidate: a task, the code written for it, its place in an episode. */
export interface RolloutRow {
  /** 1-based line of the file. */
  line: number;
  taskId: string;
  code: string;
  /** The row's `step`, when given; rows without one keep file order. */
  step: number | null;
  /** The episode the row belongs to: `episode_id`, `episode` or `id`, in that order; "" when none is given. */
  episode: string;
  /** The row's own `id`, when given. */
  id: string | null;
  /** Where the code was read from, so a person can see how a training log's row was understood. */
  codeField: "code" | "action" | "action.code" | "completion";
  /** The code's language: the row's `lang`, or read from the code when it gives none or "auto" (`import cadquery` is Python). */
  lang: CodeLanguage;
}

/** A line that could not be read; the rest of the file still loads. */
export interface RolloutLineError {
  line: number;
  /** The field at fault, or null when the line is not a JSON object at all. */
  field: string | null;
  message: string;
}

/** One rollout's code is a program, not a data dump: anything longer is refused before parsing. */
export const MAX_LINE_CHARS = 1_000_000;

const EPISODE_FIELDS = ["episode_id", "episode", "id"] as const;

/**
 * Reads one line. `knownTasks`, when given, turns an unknown `task_id` into an error here rather
 * than a trajectory that can never be scored.
 */
export function readRolloutRow(text: string, line: number, knownTasks?: ReadonlySet<string>): RolloutRow | RolloutLineError {
  const fail = (field: string | null, message: string): RolloutLineError => ({ line, field, message: `line ${line}: ${message}` });
  if (text.length > MAX_LINE_CHARS) {
    return fail(null, `${formatChars(text.length)} long, over the ${formatChars(MAX_LINE_CHARS)} limit for one rollout; skipped`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(null, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(value)) return fail(null, `expected a JSON object {"task_id", "code", "step"?, "id"?, "lang"?}, got ${describe(value)}`);

  const taskId = value.task_id;
  if (taskId === undefined) return fail("task_id", `"task_id" is missing`);
  if (typeof taskId !== "string" || taskId.trim() === "") return fail("task_id", `"task_id" must be a non-empty string, got ${describe(taskId)}`);
  if (knownTasks && !knownTasks.has(taskId)) return fail("task_id", `unknown task_id "${taskId}" (not one of the ${knownTasks.size} tasks of this catalogue)`);

  const code = readCode(value);
  if ("message" in code) return fail(code.field, code.message);

  let choice: LanguageChoice = "auto";
  if (value.lang !== undefined && value.lang !== null) {
    if (!isLanguageChoice(value.lang)) return fail("lang", `"lang" must be ${QUOTED_LANGUAGE_CHOICES}, got ${describe(value.lang)}`);
    choice = value.lang;
  }

  let step: number | null = null;
  if (value.step !== undefined && value.step !== null) {
    if (typeof value.step !== "number" || !Number.isInteger(value.step) || value.step < 0) {
      return fail("step", `"step" must be a whole number, 0 or more, got ${describe(value.step)}`);
    }
    step = value.step;
  }

  let id: string | null = null;
  if (value.id !== undefined && value.id !== null) {
    const read = readKey(value.id);
    if (read === null) return fail("id", `"id" must be a string or a number, got ${describe(value.id)}`);
    id = read;
  }
  let episode = "";
  for (const field of EPISODE_FIELDS) {
    const raw = value[field];
    if (raw === undefined || raw === null) continue;
    const read = readKey(raw);
    if (read === null) return fail(field, `"${field}" must be a string or a number, got ${describe(raw)}`);
    episode = read;
    break;
  }
  return { line, taskId, code: code.code, step, episode, id, codeField: code.field, lang: resolveLanguage(code.code, choice) };
}

/**
 * The code, from `code`, or as training logs write it: `action` (the code, or an object with
 * `code`) or `completion` (a model's answer, whose first fenced code block is the code when it has one).
 */
function readCode(value: Record<string, unknown>): { code: string; field: RolloutRow["codeField"] } | { field: string; message: string } {
  const nonEmpty = (code: string, field: RolloutRow["codeField"]) =>
    code.trim() === "" ? { field, message: `"${field}" is empty: there is no code to build` } : { code, field };
  if (value.code !== undefined) {
    if (typeof value.code !== "string") return { field: "code", message: `"code" must be a string, got ${describe(value.code)}` };
    return nonEmpty(value.code, "code");
  }
  if (value.action !== undefined) {
    if (typeof value.action === "string") return nonEmpty(value.action, "action");
    if (isRecord(value.action) && typeof value.action.code === "string") return nonEmpty(value.action.code, "action.code");
    return { field: "action", message: `"action" must be the code as a string or an object with a string "code", got ${describe(value.action)}` };
  }
  if (value.completion !== undefined) {
    if (typeof value.completion !== "string") return { field: "completion", message: `"completion" must be a string, got ${describe(value.completion)}` };
    return nonEmpty(fencedCode(value.completion), "completion");
  }
  return { field: "code", message: `no code: expected "code", "action" or "completion"` };
}

const FENCE = /```[\w+-]*[^\S\n]*\n([\s\S]*?)```/;

/** A completion that wraps its code in a Markdown fence is read for the fenced part alone. */
export function fencedCode(completion: string): string {
  const match = FENCE.exec(completion);
  return match ? match[1] : completion;
}

function readKey(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `a string "${value.slice(0, 37)}..."` : `"${value}"`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function formatChars(count: number): string {
  return count >= 1_000_000 ? `${(count / 1_000_000).toFixed(1)} M characters` : `${Math.round(count / 1000)} k characters`;
}
