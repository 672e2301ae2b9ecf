import type { ScoreResult } from "../scorer/types";

/** One scored step of a trajectory, as exported. */
export interface StepResult {
  task_id: string;
  episode: string;
  step: number;
  label: string;
  /** The rollouts file's line, for rows that came from one. */
  line: number | null;
  result: ScoreResult;
}

/**
 * A trajectory's results, one JSON object a line (the shape `cadforge curriculum` reads back as
 * `{"id", "task_id", "code", "result"}` once the code is added): `elapsed_ms` is left out so the
 * same steps export byte-identical files.
 */
export function resultsJsonl(steps: (StepResult & { code: string })[]): string {
  return steps
    .map(({ task_id, episode, step, label, line, code, result }) => {
      const { elapsed_ms: _timings, ...stable } = result;
      return JSON.stringify({ id: `${task_id}/${episode || "-"}/${step}`, task_id, episode, step, label, line, code, result: stable });
    })
    .map((json) => json + "\n")
    .join("");
}
