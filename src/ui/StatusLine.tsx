import type { WorkbenchState } from "./state/workbenchStore";

const MB = 1024 * 1024;

/** One line on what the last build did, for a glance while typing. */
export function StatusLine({ state }: { state: WorkbenchState }) {
  const { building, failure, cancelled, lastBuild, worker, model } = state;
  let text: string;
  let tone: "busy" | "ok" | "error" | "idle";
  let outcome: "building" | "failed" | "cancelled" | "built" | "none";
  if (building) {
    text = worker.initMs === null ? "Loading the OpenCascade kernel…" : "Building…";
    tone = "busy";
    outcome = "building";
  } else if (cancelled) {
    text = `Build cancelled${model ? "; the model shown is from the last build that finished" : ""}`;
    tone = "idle";
    outcome = "cancelled";
  } else if (failure) {
    const where = failure.line !== null ? ` at line ${failure.line}${failure.column !== null ? `:${failure.column}` : ""}` : "";
    text = `${failure.class}${where}: ${failure.message}`;
    tone = "error";
    outcome = "failed";
  } else if (lastBuild) {
    text = `Built in ${lastBuild.buildMs.toFixed(0)} ms, meshed in ${(lastBuild.meshMs ?? 0).toFixed(0)} ms · heap ${(lastBuild.heapBytes / MB).toFixed(0)} MB`;
    tone = "ok";
    outcome = "built";
  } else {
    text = "Waiting for the first build";
    tone = "idle";
    outcome = "none";
  }
  return (
    <div
      className={`status-line status-${tone}`}
      role="status"
      title={text}
      data-building={building}
      data-outcome={outcome}
      data-failure-class={failure?.class ?? ""}
      data-restarts={worker.restarts}
      data-recycles={worker.recycles}
    >
      {text}
      {worker.restarts + worker.recycles > 0 && (
        <span className="worker-note">
          {" "}
          · worker restarted {worker.restarts}×, recycled {worker.recycles}×
        </span>
      )}
    </div>
  );
}
