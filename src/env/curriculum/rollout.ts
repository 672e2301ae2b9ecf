import type { ScoreResult } from "../../scorer/types";

/** One scored attempt: the code an agent wrote for a task and what the scorer said of it. */
export interface Rollout {
  /** The input's `id` when it had one, else `line:<n>`: every prompt can be traced to its rollout. */
  id: string;
  /** 1-based line of the JSONL input (0 for rollouts that did not come from a file). */
  line: number;
  task_id: string;
  code: string;
  result: ScoreResult;
}

export interface RolloutLineError {
  line: number;
  message: string;
}

/**
 * Reads rollouts, one JSON object a line, in any of three shapes:
 *   {"id"?, "task_id", "code", "result": <ScoreResult>}
 *   {"id"?, "code", ...<ScoreResult>}                  (a `cadforge score --jsonl` line with its code added)
 *   {"id"?, "current_code", "reward": <ScoreResult>}    (an environment observation after a step)
 * Blank lines are skipped; a line that is none of these is reported by number and the rest are read.
 */
export function parseRollouts(text: string): { rollouts: Rollout[]; errors: RolloutLineError[] } {
  const rollouts: Rollout[] = [];
  const errors: RolloutLineError[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === "") return;
    const line = index + 1;
    const read = readRollout(lineText, line);
    if ("message" in read) errors.push(read);
    else rollouts.push(read);
  });
  return { rollouts, errors };
}

function readRollout(text: string, line: number): Rollout | RolloutLineError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, message: `line ${line}: not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(value)) return { line, message: `line ${line}: expected a JSON object` };
  const id = value.id === undefined || value.id === null ? `line:${line}` : String(value.id);

  let result: unknown;
  let code: unknown;
  if (isObject(value.result)) {
    [result, code] = [value.result, value.code];
  } else if (isObject(value.reward) && isObject(value.reward.reward)) {
    [result, code] = [value.reward, value.current_code];
  } else {
    [result, code] = [value, value.code];
  }
  if (typeof code !== "string") return { line, message: `line ${line}: "code" (or "current_code") must be the rollout's source as a string` };
  const problem = scoreResultProblem(result);
  if (problem) return { line, message: `line ${line}: the score ${problem}` };
  const score = result as ScoreResult;
  const taskId = typeof value.task_id === "string" ? value.task_id : score.task_id;
  if (taskId !== score.task_id) return { line, message: `line ${line}: "task_id" is "${taskId}" but the score is for "${score.task_id}"` };
  return { id, line, task_id: taskId, code, result: score };
}

/** The fields the curriculum reads, checked so a truncated line is reported rather than misread. */
function scoreResultProblem(value: unknown): string | null {
  if (!isObject(value)) return "is missing";
  if (typeof value.task_id !== "string") return 'has no "task_id"';
  if (typeof value.ok !== "boolean") return 'has no boolean "ok"';
  if (!isObject(value.reward)) return 'has no "reward" object';
  for (const key of ["total", "semantic_parts", "contact", "editability"]) {
    if (typeof value.reward[key] !== "number") return `has no number "reward.${key}"`;
  }
  if (!value.ok && !(isObject(value.failure) && typeof value.failure.class === "string" && typeof value.failure.message === "string")) {
    return 'is a failed build without "failure.class" and "failure.message"';
  }
  if (!Array.isArray(value.notes)) return 'has no "notes" list';
  return null;
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
