import type { Constraints, Observation } from "../env";
import { EnvError } from "../env";
import type { CodeLanguage } from "../model/codeLanguage";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import { InvalidFields, type FieldError } from "./fieldReader";

/**
 * What the server answers, in OpenEnv's shapes (openenv-core 0.2, `serialization.py` and the
 * `WS*Response` models of `types.py`): an observation travels as `{observation, reward, done}`,
 * the observation's own fields without `reward` and `done`, which sit beside it.
 */

/** Our environment's observation on the wire: the scorer's whole result is `score`, since `reward` is the number beside it. */
export interface WireObservation {
  task_id: string;
  task_brief: string;
  constraints: Constraints;
  current_code: string;
  /** The language `current_code` was built as: the step's `lang`, or read from the code. */
  current_lang: CodeLanguage;
  /** The scorer's whole result for `current_code` (`ScoreResult`); null until the first step. */
  score: ScoreResult | null;
  notes: string[];
  step: number;
}

export interface StepPayload {
  observation: WireObservation;
  /** `score.reward.total`; null after reset. */
  reward: number | null;
  done: boolean;
}

/** OpenEnv's `State` (`episode_id`, `step_count`) and what else a trainer logs about an episode. */
export interface WireState {
  episode_id: string | null;
  step_count: number;
  task_id: string | null;
  mode: ScoreMode | null;
  seed: number | null;
  done: boolean;
  /** The last step's total, null before the first step. */
  reward: number | null;
}

export type WsAnswer =
  | { type: "observation"; data: StepPayload }
  | { type: "state"; data: WireState }
  | { type: "mcp"; data: unknown }
  | { type: "error"; data: { message: string; code: WsErrorCode } & Record<string, unknown> };

/** OpenEnv's `WSErrorCode`, every one of them. */
export type WsErrorCode = "INVALID_JSON" | "UNKNOWN_TYPE" | "VALIDATION_ERROR" | "EXECUTION_ERROR" | "CAPACITY_REACHED" | "FACTORY_ERROR" | "SESSION_ERROR";

/**
 * A refused request, with OpenEnv's error code and what else its error carries: `errors` (the
 * fields) for a validation error, `reason` (our environment's `EnvError` code, such as
 * `no_episode`) for an execution error, the counts for a capacity error.
 */
export class WireError extends Error {
  constructor(
    readonly code: WsErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "WireError";
  }

  static invalid(error: InvalidFields): WireError {
    return new WireError("VALIDATION_ERROR", `Invalid message: ${error.message}`, { errors: error.errors });
  }

  /**
   * An environment's refusal. An unknown task is a wrong field (`task_id`, at `taskIdLoc`); the
   * rest (no episode yet, episode done, another task) are refusals to act, as OpenEnv's
   * execution errors are.
   */
  static fromEnv(error: EnvError, taskIdLoc: (string | number)[]): WireError {
    if (error.code === "unknown_task") {
      const field: FieldError = { loc: taskIdLoc, msg: error.message, type: error.code };
      return new WireError("VALIDATION_ERROR", `Invalid message: ${taskIdLoc.join(".")}: ${error.message}`, { errors: [field] });
    }
    if (error.code === "bad_request") return new WireError("VALIDATION_ERROR", `Invalid message: ${error.message}`, { errors: [] });
    return new WireError("EXECUTION_ERROR", error.message, { reason: error.code });
  }

  answer(): WsAnswer {
    return { type: "error", data: { message: this.message, code: this.code, ...this.details } };
  }
}

export function toStepPayload(observation: Observation): StepPayload {
  const score = observation.reward;
  return {
    observation: {
      task_id: observation.task_id,
      task_brief: observation.task_brief,
      constraints: observation.constraints,
      current_code: observation.current_code,
      current_lang: observation.current_lang,
      score,
      notes: observation.notes,
      step: observation.step,
    },
    reward: score ? score.reward.total : null,
    done: observation.done,
  };
}
