import type { NonSolidKind } from "../../model/nonSolidMesh";
import type { BuildFailure } from "../../model/buildFailure";
import type { Params } from "../../model/params";
import type { ScoreMode, ScoreResult } from "../../scorer/types";
import type { Task } from "../../tasks/types";
import type { LanguageChoice } from "../../model/codeLanguage";

/** Build only: does the code make a valid model, and what parts. */
export interface BuildJob {
  kind: "build";
  code: string;
  params?: Partial<Params>;
  /** Work budget of the build; `DEFAULT_WORK_BUDGET` when left out. */
  budget?: number;
  /** The code's language; "auto" when left out (`import cadquery` makes it Python). */
  language?: LanguageChoice;
}

/** Build and grade against a task. The task travels with the job, so threads never read the disk. */
export interface ScoreJob {
  kind: "score";
  task: Task;
  code: string;
  mode: ScoreMode;
  params?: Partial<Params>;
  /** Work budget of the build and of each rebuild the score makes; `DEFAULT_WORK_BUDGET` when left out. */
  budget?: number;
  /** The code's language; "auto" when left out (`import cadquery` makes it Python). */
  language?: LanguageChoice;
}

export type PoolJob = BuildJob | ScoreJob;

export interface BuildSummary {
  ok: boolean;
  failure: BuildFailure | null;
  parts: { name: string; volume_mm3: number }[];
  /** What the code returned beside its solids (drawings, sketches, wires...): built, not measured. */
  not_scored: { name: string; kind: NonSolidKind }[];
  elapsed_ms: number;
}

export type PoolResult<J extends PoolJob = PoolJob> = J extends ScoreJob ? ScoreResult : BuildSummary;

/** Messages between the pool and a thread. */
export type ToThread = { jobId: number; job: PoolJob };
export type FromThread =
  | { type: "ready"; initMs: number }
  /** The candidate's own code starts now: the time limit runs from here, not from task preparation. */
  | { type: "started"; jobId: number }
  /** `poisoned`: the job changed the realm beyond repair; the thread must not run another. */
  | { type: "done"; jobId: number; result: BuildSummary | ScoreResult; heapBytes: number; poisoned: boolean };
