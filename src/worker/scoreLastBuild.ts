import type { BuildOutcome, Kernel } from "../kernel";
import type { ScoreResult } from "../scorer/types";
import type { ScoreRequest } from "./protocol";

/** Scores the worker's last build against a task. */
export async function scoreLastBuild(_kernel: Kernel, _request: ScoreRequest, _outcome: BuildOutcome, _source: string): Promise<ScoreResult> {
  throw new Error("the scorer is not part of this build yet");
}
