import type { WorkbenchState } from "./state/workbenchStore";

const MB = 1024 * 1024;

/** One line on what the last build did, for a glance while typing. */
export function StatusLine({ state }: { state: WorkbenchState }) {
  const { building, failure, lastBuild, worker } = state;
  let text: string;
  let tone: "busy" | "ok" | "error" | "idle";
  if (building) {
    text = worker.initMs === null ? "Loading the OpenCascade kernel…" : "Building…";
    tone = "busy";
  } else if (failure) {
    const where = failure.line !== null ? ` at line ${failure.line}${failure.column !== null ? `:${failure.column}` : ""}` : "";
    text = `${failure.class}${where}: ${failure.message}`;
    tone = "error";
  } else if (lastBuild) {
    text = `Built in ${lastBuild.buildMs.toFixed(0)} ms, meshed in ${(lastBuild.meshMs ?? 0).toFixed(0)} ms · heap ${(lastBuild.heapBytes / MB).toFixed(0)} MB`;
    tone = "ok";
  } else {
    text = "Waiting for the first build";
    tone = "idle";
  }
  return (
    <div className={`status-line status-${tone}`} role="status" data-building={building} data-failure-class={failure?.class ?? ""}>
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
