import type { StepScore } from "./replayScores";

/** What a step card says, read from its live score. */
export interface StepSummary {
  state: "waiting" | "scoring" | "built" | "failed" | "error";
  total: number | null;
  /** Change of total from the previous step, once both are scored. */
  delta: number | null;
  /** The scorer's most important note, or the failure. */
  note: string | null;
}

export function stepSummary(score: StepScore | undefined, previous: StepScore | undefined): StepSummary {
  if (!score || score.status === "queued") return { state: "waiting", total: null, delta: null, note: null };
  if (score.status === "scoring") return { state: "scoring", total: null, delta: null, note: null };
  if (score.status === "error") return { state: "error", total: null, delta: null, note: score.message };
  const { result } = score;
  const total = result.reward.total;
  const delta = previous?.status === "done" ? total - previous.result.reward.total : null;
  const note = result.failure ? `${result.failure.class}: ${result.failure.message}` : (result.notes[0] ?? null);
  return { state: result.ok ? "built" : "failed", total, delta, note };
}

export function formatDelta(delta: number): string {
  return `${delta >= 0 ? "+" : "−"}${Math.abs(delta).toFixed(3)}`;
}
