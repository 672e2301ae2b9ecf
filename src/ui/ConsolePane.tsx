import type { BuildFailure } from "../model/buildFailure";
import type { LogEntry } from "../model/logEntry";

/** What the user's code printed during the last build, then the failure, if any. */
export function ConsolePane({ logs, failure }: { logs: LogEntry[]; failure: BuildFailure | null }) {
  return (
    <section className="console-pane" aria-label="Console">
      <h2>Console</h2>
      <ol>
        {logs.map((entry, index) => (
          <li key={index} className={`log-${entry.level}`}>
            {entry.line !== null && <span className="log-line">{entry.line}</span>}
            <span className="log-text">{entry.text}</span>
          </li>
        ))}
        {failure && (
          <li className="log-error log-failure">
            {failure.line !== null && <span className="log-line">{failure.line}</span>}
            <span className="log-text">
              {failure.class}: {failure.message}
            </span>
          </li>
        )}
        {logs.length === 0 && !failure && <li className="log-empty">console.log output from the model appears here</li>}
      </ol>
    </section>
  );
}
