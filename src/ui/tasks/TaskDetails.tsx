import type { Task } from "../../tasks/types";
import { familyTitle, taskTitle } from "./taskCatalogueView";

const KIND_WORDS: Record<Task["checklist"][number]["kind"], string> = {
  part: "part",
  through_holes: "holes",
  rotational_symmetry: "symmetry",
  repeated_members: "count",
  fits_envelope: "size",
  keeps_clear: "room",
  recesses: "grooves",
  openings: "openings",
  upturn: "tip",
  foot_notch: "notch",
};

/** The highlighted task in the picker: what it asks for and what the scorer will check. */
export function TaskDetails({ task, edited, open, onOpen }: { task: Task; edited: boolean; open: boolean; onOpen: () => void }) {
  const { x, y, z } = task.envelope;
  return (
    <section className="task-details" aria-label={`${taskTitle(task.id)}: details`}>
      <h3>{taskTitle(task.id)}</h3>
      <p className="task-meta">
        <code>{task.id}</code> · <span className={`level-badge level-${task.level}`}>{task.level}</span> · {familyTitle(task.family)} · {x} × {y} × {z} mm
      </p>
      <p className="task-prompt">{task.prompt}</p>
      <h4>Checklist</h4>
      <ul className="task-details-checklist">
        {task.checklist.map((item) => (
          <li key={item.id}>
            <span className="kind-tag">{KIND_WORDS[item.kind]}</span>
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onOpen}>
        {open ? "Back to this task" : edited ? "Open with your saved code" : "Open with the starting code"}
      </button>
    </section>
  );
}
