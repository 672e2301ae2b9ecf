/** Why a request to the environment was refused; `code` is stable, `message` says what to do. */
export type EnvErrorCode =
  | "bad_request"
  | "unknown_op"
  | "unknown_task"
  | "no_episode"
  | "episode_done"
  | "task_mismatch"
  | "busy"
  | "scoring_failed";

/** A refused request. It never changes the episode: the same state answers before and after. */
export class EnvError extends Error {
  readonly code: EnvErrorCode;
  constructor(code: EnvErrorCode, message: string) {
    super(message);
    this.name = "EnvError";
    this.code = code;
  }
}
