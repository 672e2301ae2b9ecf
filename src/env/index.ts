export { CadEnvironment, type EnvironmentOptions, type ScoreFn } from "./environment";
export { EnvError, type EnvErrorCode } from "./envError";
export { DONE_TOTAL, MAX_STEPS } from "./limits";
export type { Constraints, Observation, TaskSummary } from "./observation";
export { handleRequest, refusal, type EnvRequest, type EnvResponse } from "./requests";
/** For hosts whose score function must report a candidate it could not score (a worker that timed out or died). */
export { failureResult } from "../scorer/failureResult";
