import type { BuildFailure } from "../model/buildFailure";
import type { Task } from "../tasks/types";
import type { ScoreMode, ScoreResult } from "./types";
import { FAILURE_TOTALS } from "./weights";
import { target } from "./targets";

/**
 * The result for a candidate that produced no model: from the kernel, or from outside it (a
 * worker that timed out, crashed or ran out of memory). Every dimension is 0; the total is the
 * failure class's value, below any build that succeeds.
 */
export function failureResult(task: Task, failure: BuildFailure, mode: ScoreMode, elapsed: { build: number; score: number }): ScoreResult {
  const where = failure.line !== null ? ` (line ${failure.line}${failure.column !== null ? `, column ${failure.column}` : ""})` : "";
  return {
    task_id: task.id,
    mode,
    ok: false,
    reward: { total: FAILURE_TOTALS[failure.class], build: 0, topology: 0, contact: 0, semantic_parts: 0, reference_similarity: 0, editability: 0, efficiency: 0 },
    failure: { class: failure.class, message: failure.message, line: failure.line, column: failure.column, ...(failure.class === "timeout" ? { wall_clock: failure.wall_clock ?? false } : {}) },
    notes: [`the build failed with ${failure.class}${where}: ${failure.message}`],
    note_targets: [target()],
    parts: [],
    metrics: { build: { failure_class: failure.class, operation: failure.operation } },
    elapsed_ms: { build: Math.round(elapsed.build), score: Math.round(elapsed.score) },
  };
}
