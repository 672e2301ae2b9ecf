import type { ScoreMode } from "../scorer/types";
import type { Task } from "../tasks/types";
import { QUOTED_LANGUAGE_CHOICES, isLanguageChoice, type LanguageChoice } from "../model/codeLanguage";

/** One input line of `score --jsonl`, read into a candidate or the reason it cannot be scored. */
export type CandidateLine =
  /** `mode` and `lang`: the line's own, when it names them; otherwise the batch's `--mode` and `--lang` apply. */
  | { line: number; id: unknown; task: Task; code: string; mode?: ScoreMode; lang?: LanguageChoice }
  | { line: number; id: unknown; error: string };

/**
 * Reads `{"id"?, "task_id", "code", "mode"?, "lang"?}`; every problem names the line and the field. A line
 * may choose its mode so that one long-lived process serves a trainer whose rows mix them.
 */
export function readCandidateLine(text: string, line: number, tasks: ReadonlyMap<string, Task>): CandidateLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, id: null, error: `line ${line}: not valid JSON (${(error as Error).message})` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { line, id: null, error: `line ${line}: expected an object {"id"?, "task_id", "code", "mode"?, "lang"?}` };
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.task_id !== "string") return { line, id, error: `line ${line}: "task_id" must be a string` };
  if (typeof record.code !== "string") return { line, id, error: `line ${line}: "code" must be a string` };
  if (record.mode !== undefined && record.mode !== "fast" && record.mode !== "full") return { line, id, error: `line ${line}: "mode" must be "fast" or "full"` };
  if (record.lang !== undefined && !isLanguageChoice(record.lang)) return { line, id, error: `line ${line}: "lang" must be ${QUOTED_LANGUAGE_CHOICES}` };
  const task = tasks.get(record.task_id);
  if (!task) return { line, id, error: `line ${line}: unknown task_id "${record.task_id}"` };
  return {
    line,
    id,
    task,
    code: record.code,
    ...(record.mode === undefined ? {} : { mode: record.mode }),
    ...(record.lang === undefined ? {} : { lang: record.lang as LanguageChoice }),
  };
}
