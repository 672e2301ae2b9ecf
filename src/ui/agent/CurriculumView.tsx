import { useMemo, useState, useSyncExternalStore } from "react";
import { buildCurriculum, curriculumJsonl, parseRollouts, REPAIR_CLASSES, type Rollout, type RolloutLineError } from "../../env/curriculum";
import { downloadFile } from "../downloadFile";
import { BarChart } from "./BarChart";
import type { SessionHistory } from "./sessionHistory";
import "./curriculum.css";

interface Props {
  history: SessionHistory;
  briefs: ReadonlyMap<string, string>;
}

/** A corner button that opens the curriculum view over the workbench. */
export function CurriculumLauncher(props: Props) {
  const [open, setOpen] = useState(false);
  return open ? (
    <CurriculumView {...props} onClose={() => setOpen(false)} />
  ) : (
    <button type="button" className="curriculum-launcher" onClick={() => setOpen(true)}>
      Curriculum
    </button>
  );
}

interface Imported {
  name: string;
  rollouts: Rollout[];
  errors: RolloutLineError[];
}

/** Weakest rollouts as repair prompts: counts by class and task, the weighted list, export as JSONL. */
function CurriculumView({ history, briefs, onClose }: Props & { onClose: () => void }) {
  const session = useSyncExternalStore(history.subscribe, history.rollouts);
  const [imported, setImported] = useState<Imported | null>(null);
  const [useImported, setUseImported] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const source = useImported && imported ? imported.rollouts : session;
  const curriculum = useMemo(() => buildCurriculum(source, briefs), [source, briefs]);
  const errors = [...(useImported && imported ? imported.errors : []), ...curriculum.errors];

  const byClass = REPAIR_CLASSES.filter((c) => curriculum.summary.by_class[c]).map((c): [string, number] => [c, curriculum.summary.by_class[c]!]);
  const byTask = Object.entries(curriculum.summary.by_task)
    .map(([task, tally]): [string, number] => [task, Object.values(tally.by_class).reduce((a, b) => a + (b ?? 0), 0)])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = curriculum.prompts.find((p) => `${p.id}@${p.line}` === selected) ?? null;

  async function importFile(file: File) {
    const { rollouts, errors } = parseRollouts(await file.text());
    setImported({ name: file.name, rollouts, errors });
    setUseImported(true);
    setSelected(null);
  }

  function exportJsonl() {
    const bytes = new TextEncoder().encode(curriculumJsonl(curriculum));
    downloadFile(bytes.buffer as ArrayBuffer, "curriculum.jsonl", "application/jsonl");
  }

  return (
    <section className="curriculum-view" role="dialog" aria-label="Repair curriculum">
      <header className="curriculum-head">
        <h2>Repair curriculum</h2>
        <label>
          <input type="radio" checked={!useImported || !imported} onChange={() => setUseImported(false)} /> this session ({session.length})
        </label>
        <label>
          <input type="radio" checked={useImported && imported !== null} disabled={!imported} onChange={() => setUseImported(true)} />{" "}
          {imported ? `${imported.name} (${imported.rollouts.length})` : "imported file"}
        </label>
        <label className="curriculum-import">
          Import rollouts…
          <input type="file" accept=".jsonl,.json,.txt" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </label>
        <button type="button" onClick={exportJsonl} disabled={curriculum.prompts.length === 0}>
          Export JSONL
        </button>
        <button type="button" onClick={onClose} aria-label="Close the curriculum">
          Close
        </button>
      </header>
      <p className="curriculum-summary">
        {curriculum.summary.rollouts} rollouts, {curriculum.summary.built} built, {curriculum.summary.passing} need no repair,{" "}
        {curriculum.prompts.length} repair prompts
      </p>
      {errors.length > 0 && (
        <ul className="curriculum-errors" role="alert">
          {errors.map((e) => (
            <li key={`${e.line}:${e.message}`}>{e.message}</li>
          ))}
        </ul>
      )}
      <div className="curriculum-charts">
        <BarChart title="Failures by class" rows={byClass} />
        <BarChart title="Failures by task" rows={byTask} />
      </div>
      <div className="curriculum-body">
        <table className="curriculum-list">
          <thead>
            <tr>
              <th>weight</th>
              <th>task</th>
              <th>class</th>
              <th>previous total</th>
              <th>rollout</th>
            </tr>
          </thead>
          <tbody>
            {curriculum.prompts.map((p) => {
              const key = `${p.id}@${p.line}`;
              return (
                <tr key={key} className={key === selected ? "selected" : undefined} onClick={() => setSelected(key)}>
                  <td>{p.weight.toFixed(3)}</td>
                  <td>{p.task_id}</td>
                  <td>{p.class}</td>
                  <td>{p.previous_reward.total.toFixed(2)}</td>
                  <td>{p.id}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown && <pre className="curriculum-prompt">{shown.prompt}</pre>}
      </div>
    </section>
  );
}
