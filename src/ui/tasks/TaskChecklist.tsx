import type { ScoreResult } from "../../scorer/types";
import type { Task } from "../../tasks/types";
import { checklistProgress, type ItemState } from "./checklistProgress";
import "./tasks.css";

const MARK: Record<ItemState, string> = { checking: "…", satisfied: "✓", partial: "◐", missing: "✗", failed: "✗" };
const STATE_WORDS: Record<ItemState, string> = { checking: "checking", satisfied: "met", partial: "partly met", missing: "missing", failed: "not built" };

interface TaskChecklistProps {
  task: Task;
  score: ScoreResult | null;
  scoring: boolean;
  scoreError: string | null;
  /** The line shown in the viewer, by item id. */
  chosen?: string | null;
  /** A line was chosen: the viewer shows what it speaks of. */
  onChoose?: (itemId: string) => void;
}

/**
 * What the task asks for, item by item, against the last score of the current code. While a newer
 * build is being scored the previous marks stay, dimmed, so the list does not flicker on each key.
 * Like the reward card it keeps a fixed height, so the viewer above never resizes.
 */
export function TaskChecklist({ task, score, scoring, scoreError, chosen = null, onChoose }: TaskChecklistProps) {
  const current = score && score.task_id === task.id ? score : null;
  const items = checklistProgress(task.checklist, current);
  const met = items.filter((i) => i.state === "satisfied").length;
  const checking = scoring || (!current && !scoreError);
  return (
    <section className="task-checklist" aria-labelledby="task-checklist-title" aria-busy={checking} data-checking={checking}>
      <h2 id="task-checklist-title">
        Checklist
        {current && (
          <span className="checklist-count">
            {met} of {items.length} met
          </span>
        )}
        {checking && <span className="checklist-busy">checking…</span>}
      </h2>
      {scoreError && !current && <p className="checklist-error">Could not check: {scoreError}</p>}
      <ul className={`checklist-items ${scoring && current ? "outdated" : ""}`}>
        {items.map((item) => (
          <li key={item.id} data-item-id={item.id} data-state={item.state} className={`checklist-item state-${item.state}`}>
            <span className="checklist-mark" aria-hidden="true">
              {MARK[item.state]}
            </span>
            <button type="button" className="checklist-text" aria-pressed={chosen === item.id} onClick={() => onChoose?.(item.id)} title="Show in the viewer what this line speaks of">
              <span className="checklist-label">{item.label}</span>
              <span className="visually-hidden">: {STATE_WORDS[item.state]}</span>
              {item.detail && <span className="checklist-detail">{item.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
