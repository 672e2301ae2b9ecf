import type { CadEnvironment, EnvRequest, EnvResponse, Observation, TaskSummary } from "../../env";
import { handleRequest } from "../../env";
import type { Curriculum } from "../../env/curriculum";
import type { BridgeStatus } from "./messageBridge";

/**
 * `window.cadforge`: the agent environment for browser agents and test harnesses. The methods are
 * the environment's own (a refusal throws an `EnvError` with `code` and `message`); `request` takes
 * the same JSON requests as `cadforge env` and the iframe bridge and answers as they do.
 */
export interface CadforgeApi {
  tasks(): TaskSummary[];
  reset(taskId: string, options?: { mode?: "fast" | "full" }): Observation;
  step(code: string): Promise<Observation>;
  state(): Observation;
  request(request: EnvRequest | Record<string, unknown>): Promise<EnvResponse>;
  /** The repair curriculum of this session's scored attempts (agent steps and reward-card scores). */
  curriculum(): Curriculum;
  bridge: BridgeStatus;
}

declare global {
  interface Window {
    cadforge?: CadforgeApi;
  }
}

export function cadforgeApi(env: CadEnvironment, curriculum: () => Curriculum, bridge: BridgeStatus): CadforgeApi {
  return {
    tasks: () => env.tasks(),
    reset: (taskId, options) => env.reset(taskId, options),
    step: (code) => env.step(code),
    state: () => env.state(),
    request: (request) => handleRequest(env, request),
    curriculum,
    bridge,
  };
}
