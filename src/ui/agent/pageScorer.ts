import { failureResult, type ScoreFn } from "../../env";
import type { BuildFailure } from "../../kernel/failure";
import type { CadWorkerClient } from "../../worker/cadWorkerClient";

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
      const elapsed = performance.now() - started;
      const message = (error as Error)?.message ?? String(error);
      return failureResult(task, lostFailure(message, elapsed, client.timeLimitMs), mode, { build: elapsed, score: 0 });
    }
  };
}

/** The client rejects only when it had to end the worker: past the time limit, or because it died. */
function lostFailure(message: string, elapsedMs: number, limitMs: number): BuildFailure {
  const base = { line: null, column: null, operation: null };
  if (elapsedMs >= limitMs) return { ...base, class: "timeout", message: `the build did not finish within ${limitMs} ms and was stopped` };
  if (/memory/i.test(message)) return { ...base, class: "out_of_memory", message: `the build ran out of memory and its worker was restarted (${message})` };
  return { ...base, class: "kernel_error", message: `the worker running the build crashed and was restarted: ${message}` };
}
