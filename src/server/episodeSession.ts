import { randomUUID } from "node:crypto";
import { CadEnvironment, EnvError } from "../env";
import type { CodeLanguage } from "../model/codeLanguage";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import { toStepPayload, WireError, type StepPayload, type WireState } from "./wireAnswers";
import type { ResetData, StepAction } from "./wireRequests";

/** Scores one candidate on the worker pool; `signal` takes it out of the queue if its client left. */
export type Scorer = (task: Task, code: string, mode: ScoreMode, language: CodeLanguage, signal?: AbortSignal) => Promise<ScoreResult>;

export interface EpisodeDeps {
  tasks: readonly Task[];
  score: Scorer;
  /** The mode of an episode whose reset names none (`serve --mode`). */
  defaultMode: ScoreMode;
}

type Loc = (string | number)[];

/**
 * One client's episodes in OpenEnv's terms: our environment (`src/env`, the one `cadforge env`
 * serves) answers, and this adds what OpenEnv's state carries besides (episode id, seed) and
 * words every refusal as a `WireError`.
 */
export class EpisodeSession {
  private readonly env: CadEnvironment;
  private readonly abort = new AbortController();
  private readonly defaultMode: ScoreMode;
  private episode: { id: string; seed: number | null } | null = null;

  constructor(deps: EpisodeDeps) {
    this.defaultMode = deps.defaultMode;
    this.env = new CadEnvironment({ tasks: deps.tasks, score: (task, code, mode, language) => deps.score(task, code, mode, language, this.abort.signal) });
  }

  /** `loc`: where the data sits in the request, so an unknown task names its field. */
  reset(data: ResetData, loc: Loc): StepPayload {
    let observation;
    try {
      observation = this.env.reset(data.task_id, { mode: data.mode ?? this.defaultMode });
    } catch (error) {
      throw refusal(error, [...loc, "task_id"]);
    }
    this.episode = { id: data.episode_id ?? randomUUID(), seed: data.seed ?? null };
    return toStepPayload(observation);
  }

  async step(action: StepAction, loc: Loc): Promise<StepPayload> {
    try {
      return toStepPayload(await this.env.step(action.code, action.task_id, action.lang));
    } catch (error) {
      throw refusal(error, [...loc, "task_id"]);
    }
  }

  /** OpenEnv's state; before any reset, its defaults (no episode, no steps). */
  state(): WireState {
    if (!this.episode) return { episode_id: null, step_count: 0, task_id: null, mode: null, seed: null, done: false, reward: null };
    const observation = this.env.state();
    return {
      episode_id: this.episode.id,
      step_count: observation.step,
      task_id: observation.task_id,
      mode: observation.constraints.mode,
      seed: this.episode.seed,
      done: observation.done,
      reward: observation.reward ? observation.reward.reward.total : null,
    };
  }

  /** The client is gone: a step still waiting for a thread leaves the pool's queue. */
  end(): void {
    this.abort.abort(new Error("the session ended before this step was scored"));
  }
}

function refusal(error: unknown, taskIdLoc: Loc): unknown {
  return error instanceof EnvError ? WireError.fromEnv(error, taskIdLoc) : error;
}
