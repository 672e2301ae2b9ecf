import { resolveLanguage } from "../model/detectLanguage";
import type { CodeLanguage } from "../model/codeLanguage";
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
 * same steps export byte-identical files. `lang` is the step's own when it has one (a rollout
 * row's), otherwise read from its code, so the file imports again as the same language.
 */
export function resultsJsonl(steps: (StepResult & { code: string; lang?: CodeLanguage })[]): string {
  return steps
    .map(({ task_id, episode, step, label, line, code, lang, result }) => {
      const { elapsed_ms: _timings, ...stable } = result;
      const language = lang ?? resolveLanguage(code);
      return JSON.stringify({ id: `${task_id}/${episode || "-"}/${step}`, task_id, episode, step, label, line, code, lang: language, result: stable });
    })
    .map((json) => json + "\n")
    .join("");
}
