import { failureResult, type ScoreFn } from "../../env";
import { WorkerRunLost, type CadWorkerClient } from "../../worker/cadWorkerClient";

/**
 * The environment's score function in the page: build and score in a worker of the agent's own
 * (so the reward card and the agent never drop each other's scores). A worker stopped at the time
 * limit or lost to a crash is scored as the Node pool scores it (`timeout`, `out_of_memory` or
 * `kernel_error`), so an episode gets the same rewards in the page and in `cadforge env`.
 */
export function pageScorer(startClient: () => CadWorkerClient, timeLimitMs: () => number): ScoreFn {
  let client: CadWorkerClient | null = null;
  return async (task, code, mode) => {
    client ??= startClient();
    client.timeLimitMs = timeLimitMs();
    const started = performance.now();
    try {
      return await client.scoreCode({ task, code, mode });
    } catch (error) {
      if (!(error instanceof WorkerRunLost)) throw error;
      const elapsed = performance.now() - started;
      return failureResult(task, error.failure, mode, { build: elapsed, score: 0 });
    }
  };
}
