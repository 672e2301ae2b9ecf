import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Task } from "../../tasks/types";
import { codeStorage } from "../state/codeStorage";
import { familyTitle, groupTasks, taskTitle } from "./taskCatalogueView";
import { TaskDetails } from "./TaskDetails";
import "./tasks.css";

interface TaskPickerProps {
  tasks: readonly Task[];
  current: Task;
  onChoose: (id: string) => void;
}

/**
 * The toolbar's task button and the dialog it opens: a search box over a list grouped by level
 * and family (a combobox driving a listbox, so arrows, Enter and Escape work from the box) and the
 * highlighted task's prompt and checklist beside it.
 */
export function TaskPicker({ tasks, current, onChoose }: TaskPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [activeId, setActiveId] = useState(current.id);
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const ids = useId();

  const groups = useMemo(() => groupTasks(tasks, query), [tasks, query]);
  const shown = useMemo(() => groups.flatMap((g) => g.tasks), [groups]);
  // The highlight follows the filter: when the highlighted task is filtered out, the first match takes over.
  const active = shown.find((t) => t.id === activeId) ?? shown[0] ?? null;
  const optionId = (id: string) => `${ids}-option-${id}`;

  const show = () => {
    setQuery("");
    setActiveId(current.id);
    setEdited(new Set(tasks.filter((t) => codeStorage.load(t.id) !== null).map((t) => t.id)));
    setOpen(true);
    dialog.current?.showModal();
    search.current?.focus();
  };
  const hide = () => dialog.current?.close();
  const choose = (id: string) => {
    hide();
    onChoose(id);
  };

  useEffect(() => {
    if (open && active) document.getElementById(optionId(active.id))?.scrollIntoView({ block: "nearest" });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const at = active ? shown.indexOf(active) : -1;
    const moveTo = (index: number) => {
      if (shown.length === 0) return;
      event.preventDefault();
      setActiveId(shown[Math.max(0, Math.min(shown.length - 1, index))].id);
    };
    if (event.key === "ArrowDown") moveTo(at + 1);
    else if (event.key === "ArrowUp") moveTo(at - 1);
    else if (event.key === "PageDown") moveTo(at + 8);
    else if (event.key === "PageUp") moveTo(at - 8);
    else if (event.key === "Home" && event.ctrlKey) moveTo(0);
    else if (event.key === "End" && event.ctrlKey) moveTo(shown.length - 1);
    else if (event.key === "Enter" && active) {
      event.preventDefault();
      choose(active.id);
    }
  };

  let lastLevel: string | null = null;
  return (
    <>
      <button type="button" className="task-button" aria-haspopup="dialog" aria-expanded={open} onClick={show} title="Choose a task (prompt, checklist, seed)">
        <span className="task-button-caption">Task</span>
        <span className="task-button-title">{taskTitle(current.id)}</span>
        <span className={`level-badge level-${current.level}`}>{current.level}</span>
      </button>
      <dialog ref={dialog} className="task-dialog" aria-labelledby={`${ids}-title`} onClose={() => setOpen(false)}>
        <header className="task-dialog-head">
          <h2 id={`${ids}-title`}>Choose a task</h2>
          <button type="button" onClick={hide} aria-label="Close">
            ✕
          </button>
        </header>
        <input
          className="task-search"
          type="text"
          role="combobox"
          aria-label="Search tasks by name, family or prompt"
          aria-expanded="true"
          aria-controls={`${ids}-list`}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active.id) : undefined}
          placeholder="Search: clip, furniture, holes…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          ref={search}
        />
        <div className="task-dialog-body">
          <div className="task-list" id={`${ids}-list`} role="listbox" aria-label="Tasks">
            {shown.length === 0 && (
              <p className="task-list-empty" role="presentation">
                No task matches “{query}”.
              </p>
            )}
            {groups.map((group) => {
              const levelHeading = group.level !== lastLevel;
              lastLevel = group.level;
              const groupId = `${ids}-group-${group.level}-${group.family}`;
              return (
                <div key={groupId} role="group" aria-labelledby={groupId} className="task-group">
                  {levelHeading && (
                    <div className={`task-level-heading level-${group.level}`} aria-hidden="true">
                      {group.level}
                    </div>
                  )}
                  <div id={groupId} className="task-family-heading">
                    <span className="visually-hidden">{group.level}: </span>
                    {familyTitle(group.family)}
                  </div>
                  {group.tasks.map((task) => (
                    <div
                      key={task.id}
                      id={optionId(task.id)}
                      role="option"
                      aria-selected={task === active}
                      data-task-id={task.id}
                      className={`task-option ${task === active ? "active" : ""}`}
                      onClick={() => choose(task.id)}
                      onMouseMove={() => task !== active && setActiveId(task.id)}
                    >
                      <span className="task-option-title">{taskTitle(task.id)}</span>
                      {task.id === current.id && <span className="task-tag">open</span>}
                      {edited.has(task.id) && <span className="task-tag">edited</span>}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {active && <TaskDetails task={active} onOpen={() => choose(active.id)} edited={edited.has(active.id)} open={active.id === current.id} />}
        </div>
      </dialog>
    </>
  );
}
