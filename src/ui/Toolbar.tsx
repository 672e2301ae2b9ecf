import { useState } from "react";
import type { WorkbenchState, WorkbenchStore } from "./state/workbenchStore";
import { downloadFile } from "./downloadFile";
import type { ExportFormat } from "../worker/protocol";
import { ShareButton } from "./share/ShareButton";
import { VersionStatus } from "./update/VersionStatus";
import { TaskPicker } from "./tasks/TaskPicker";
import { resolveLanguage } from "../model/detectLanguage";

const MB = 1024 * 1024;
const EXPORT_TYPES: Record<ExportFormat, string> = { stl: "model/stl", step: "model/step" };

export function Toolbar({ state, store }: { state: WorkbenchState; store: WorkbenchStore }) {
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAs = async (format: ExportFormat) => {
    setExportError(null);
    try {
      const bytes = await store.exportModel(format);
      downloadFile(bytes, `${state.task.id}.${format}`, EXPORT_TYPES[format]);
    } catch (error) {
      setExportError((error as Error).message ?? String(error));
    }
  };

  // Exports hold the solids only; a model of drawings or wires alone has none to export.
  const solids = state.model?.parts.length ?? 0;
  const exportTitle = (format: string) =>
    solids > 0 ? `Export the solids as ${format} (drawings, sketches, wires and other non-solids are shown, not exported)` : "Nothing to export: the model has no solid";

  return (
    <header className="toolbar">
      <span className="brand">CADForge</span>
      <TaskPicker tasks={state.tasks} current={state.task} onChoose={(id) => store.selectTask(id)} />
      <button type="button" className="primary" onClick={() => store.build()} title="Build now (Ctrl/Cmd+Enter)">
        Build
      </button>
      <button type="button" onClick={() => store.cancel()} disabled={!state.building}>
        Cancel
      </button>
      <button type="button" onClick={() => store.resetCode()} title="Back to the task's starting code">
        Reset
      </button>
      <ShareButton taskId={state.task.id} code={state.code} params={state.params} language={resolveLanguage(state.code, state.language)} />
      <label className="time-limit" title="Wall-clock backstop: a build running longer is stopped. Runaway code is stopped long before, when it uses up its work budget">
        <span>Backstop (s)</span>
        <input
          type="number"
          min={0.5}
          step={0.5}
          value={state.timeLimitMs / 1000}
          onChange={(e) => store.setTimeLimit(e.target.valueAsNumber * 1000)}
        />
      </label>
      <label className="heap-limit" title="When the kernel's memory passes this, the worker is replaced between builds (the model stays on screen)">
        <span>Recycle at (MB)</span>
        <input
          type="number"
          min={1}
          step={64}
          value={Math.round(state.heapLimitBytes / MB)}
          onChange={(e) => store.setHeapLimit(e.target.valueAsNumber * MB)}
        />
      </label>
      <span className="spacer" />
      <VersionStatus />
      <button type="button" onClick={() => exportAs("stl")} disabled={solids === 0} title={exportTitle("STL")}>
        STL
      </button>
      <button type="button" onClick={() => exportAs("step")} disabled={solids === 0} title={exportTitle("STEP")}>
        STEP
      </button>
      {state.notices.map((notice) => (
        <span key={notice} className="settings-notice" role="alert">
          {notice}
        </span>
      ))}
      {exportError && (
        <span className="export-error" role="alert">
          {exportError}
        </span>
      )}
    </header>
  );
}
