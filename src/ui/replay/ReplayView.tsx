import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import type { ReplaySession } from "./replaySession";
import type { CodeLanguage } from "../../model/codeLanguage";
import { RolloutsPanel } from "./RolloutsPanel";
import { TrajectoryPlayer } from "./TrajectoryPlayer";

interface ReplayViewProps {
  session: ReplaySession;
  initialTaskId: string | null;
  onOpenInEditor: (taskId: string, code: string, language: CodeLanguage) => void;
}

/** Replays the catalogue's repair trajectories, or rollouts from a dropped JSONL file, scoring each step live. */
export function ReplayView({ session, initialTaskId, onOpenInEditor }: ReplayViewProps) {
  useSyncExternalStore(session.subscribe, session.getVersion);
  const first = session.catalogue.find((t) => t.task.id === initialTaskId) ?? session.catalogue[0];
  const [key, setKey] = useState<string | null>(first?.key ?? null);
  const [selectedByKey, setSelectedByKey] = useState<Record<string, number>>({});
  const [playing, setPlaying] = useState(false);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const trajectory = key ? session.trajectory(key) : undefined;
  const selected = trajectory ? (selectedByKey[trajectory.key] ?? 0) : 0;
  const loaded = session.loaded;

  const select = useCallback(
    (index: number) => {
      if (trajectory) setSelectedByKey((s) => ({ ...s, [trajectory.key]: index }));
    },
    [trajectory],
  );
  const choose = (next: string) => {
    setPlaying(false);
    setKey(next);
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    setPlaying(false);
    await session.loadRollouts(file);
    const firstLoaded = session.loaded?.trajectories[0];
    if (firstLoaded) setKey(firstLoaded.key);
  };

  return (
    <div
      className={`replay-view ${dragging ? "dragging" : ""}`}
      onDragOver={(event) => {
        if (![...event.dataTransfer.types].includes("Files")) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void load(event.dataTransfer.files[0]);
      }}
    >
      <header className="replay-header">
        <label>
          <span>Trajectory</span>
          <select value={trajectory?.source === "catalogue" ? trajectory.key : ""} onChange={(e) => e.target.value && choose(e.target.value)}>
            {trajectory?.source !== "catalogue" && <option value="">(from the rollouts file)</option>}
            {session.catalogue.map((t) => (
              <option key={t.key} value={t.key}>
                {t.task.id} ({t.task.level}, {t.steps.length} steps)
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => picker.current?.click()} title="A JSONL file of rollouts: one {task_id, code, step?, id?} a line">
          Load rollouts (JSONL)…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson"
          hidden
          data-testid="rollouts-file"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <span className="muted replay-hint">or drop one here: grouped by task and episode, ordered by step</span>
      </header>
      <div className={`replay-body ${loaded ? "with-rollouts" : ""}`}>
        {loaded && <RolloutsPanel loaded={loaded} selectedKey={trajectory?.source === "rollouts" ? trajectory.key : null} onSelect={choose} />}
        {trajectory ? (
          <TrajectoryPlayer
            key={trajectory.key}
            session={session}
            trajectory={trajectory}
            selected={selected}
            onSelect={select}
            playing={playing}
            onPlayingChange={setPlaying}
            onOpenInEditor={onOpenInEditor}
          />
        ) : (
          <p className="replay-empty">No trajectory to replay: the catalogue has none and no rollouts file is loaded.</p>
        )}
      </div>
    </div>
  );
}
