import type { BuildFailure } from "../model/buildFailure";

/** A build or score whose worker had to be ended (time limit) or died under it. */
export type LostRun =
  | { reason: "timeout"; limitMs: number; phase?: "run" | "prepare" }
  | { reason: "crashed"; message: string | null; code?: string };

/**
 * The failure a lost run is scored as. The page's client and the Node pool both use it, so a
 * candidate that hangs or kills its worker gets the same result JSON in the browser and in Node.
 */
export function lostRunFailure(lost: LostRun): BuildFailure {
  const base = { line: null, column: null, operation: null };
  if (lost.reason === "timeout") {
    const limit = `${(lost.limitMs / 1000).toFixed(lost.limitMs % 1000 === 0 ? 0 : 1)} s`;
    return {
      ...base,
      class: "timeout",
      wall_clock: true,
      message:
        lost.phase === "prepare"
          ? `preparing the task (its reference model) did not finish within ${limit} of wall-clock time`
          : `the build did not finish within ${limit} of wall-clock time and was stopped: work the budget cannot count (one very long kernel call, a native method that never returns), or a machine too busy; a retry may succeed`,
    };
  }
  const detail = lost.message ?? "";
  const outOfMemory = lost.code === "ERR_WORKER_OUT_OF_MEMORY" || /memory|OOM|allocation failed/i.test(detail);
  return {
    ...base,
    class: outOfMemory ? "out_of_memory" : "kernel_error",
    message: outOfMemory
      ? `the build ran out of memory and its worker was restarted${detail ? ` (${detail})` : ""}`
      : `the worker running the build crashed and was restarted${detail ? `: ${detail}` : ""}`,
  };
}
