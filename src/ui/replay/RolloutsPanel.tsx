import { useState } from "react";
import type { LoadedRollouts } from "./replaySession";

/** Episodes listed at once; a filter narrows a large file down. */
const LIST_LIMIT = 200;
const ERRORS_SHOWN = 50;

interface RolloutsPanelProps {
  loaded: LoadedRollouts;
  selectedKey: string | null;
  onSelect: (key: string) => void;
}

/** A loaded rollouts file: progress while reading, the lines that could not be read, and its trajectories. */
export function RolloutsPanel({ loaded, selectedKey, onSelect }: RolloutsPanelProps) {
  const [filter, setFilter] = useState("");
  const { file, progress } = loaded;
  const wanted = filter.trim().toLowerCase();
  const matching = wanted === "" ? loaded.trajectories : loaded.trajectories.filter((t) => t.title.toLowerCase().includes(wanted));
  const shown = matching.slice(0, LIST_LIMIT);

  return (
    <aside className="rollouts-panel" aria-label="Rollouts">
      <h2>{loaded.fileName}</h2>
      {progress ? (
        <div className="rollouts-progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.totalBytes} aria-valuenow={progress.bytesRead}>
          <span style={{ width: `${(100 * progress.bytesRead) / Math.max(progress.totalBytes, 1)}%` }} />
          <em>
            Reading… {file.lines.toLocaleString()} lines, {Math.round((100 * progress.bytesRead) / Math.max(progress.totalBytes, 1))} %
          </em>
        </div>
      ) : (
        <p className="rollouts-summary" data-rows={file.rows} data-errors={file.errors.length}>
          {file.rows.toLocaleString()} rollouts in {loaded.trajectories.length.toLocaleString()} trajectories from {file.lines.toLocaleString()} lines
          {file.errors.length > 0 && `; ${file.errors.length} line${file.errors.length === 1 ? "" : "s"} skipped`}
        </p>
      )}
      {loaded.error && (
        <p className="rollouts-error" role="alert">
          {loaded.error}
        </p>
      )}
      {file.errors.length > 0 && (
        <details className="rollouts-errors" open={file.errors.length <= 5}>
          <summary>Lines that could not be read</summary>
          <ul>
            {file.errors.slice(0, ERRORS_SHOWN).map((error) => (
              <li key={`${error.line}:${error.field}`} data-line={error.line}>
                {error.message}
              </li>
            ))}
            {file.errors.length > ERRORS_SHOWN && <li>…and {file.errors.length - ERRORS_SHOWN} more</li>}
          </ul>
        </details>
      )}
      {loaded.trajectories.length > 8 && (
        <input type="search" placeholder="Filter by task or episode" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter trajectories" />
      )}
      <ul className="rollouts-list">
        {shown.map((trajectory) => (
          <li key={trajectory.key}>
            <button type="button" aria-pressed={trajectory.key === selectedKey} onClick={() => onSelect(trajectory.key)}>
              <span>{trajectory.title}</span>
              <span className="muted">
                {trajectory.steps.length} step{trajectory.steps.length === 1 ? "" : "s"}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <p className="muted">
          {(matching.length - shown.length).toLocaleString()} more; filter to find them.
        </p>
      )}
    </aside>
  );
}
