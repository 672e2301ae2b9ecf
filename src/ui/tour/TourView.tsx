import { useState, useSyncExternalStore } from "react";
import { catalogueTrajectory } from "../replay/replayTrajectory";
import type { ReplaySession } from "../replay/replaySession";
import { TrajectoryPlayer } from "../replay/TrajectoryPlayer";
import { formatDelta } from "../replay/stepSummary";
import { biggestChanges } from "./stepChanges";
import { TOUR_STOPS } from "./tourStops";

interface TourViewProps {
  session: ReplaySession;
  /** Ends the tour in the editor, on this task and code. */
  onFinish: (taskId: string, code: string) => void;
  onExit: () => void;
}

/** The guided tour: each stop plays a task's trajectory and says what each step improved and why. */
export function TourView({ session, onFinish, onExit }: TourViewProps) {
  useSyncExternalStore(session.subscribe, session.getVersion);
  const stops = TOUR_STOPS.map((stop) => ({ stop, trajectory: session.catalogue.find((t) => t.task.id === stop.taskId) })).filter(
    (s): s is { stop: (typeof TOUR_STOPS)[number]; trajectory: ReturnType<typeof catalogueTrajectory> } => s.trajectory !== undefined,
  );
  const [stopIndex, setStopIndex] = useState(0);
  const [selected, setSelected] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [playedThrough, setPlayedThrough] = useState(false);

  if (stops.length === 0) return <p className="replay-empty">The tour's tasks are not in this catalogue.</p>;
  const { stop, trajectory } = stops[stopIndex];
  const last = stopIndex === stops.length - 1;
  const step = trajectory.steps[selected];
  const score = session.scores.get(trajectory, selected);
  const previous = selected > 0 ? session.scores.get(trajectory, selected - 1) : undefined;
  const finalStep = trajectory.steps[trajectory.steps.length - 1];

  const goTo = (index: number) => {
    setStopIndex(index);
    setSelected(0);
    setPlaying(true);
    setPlayedThrough(false);
  };

  let verdict: string;
  if (!score || score.status === "queued" || score.status === "scoring") verdict = "Scoring this step in the worker…";
  else if (score.status === "error") verdict = `This step could not be scored: ${score.message}`;
  else if (!score.result.ok) verdict = `It does not build (${score.result.failure?.class}), so it totals ${score.result.reward.total.toFixed(2)}: ${score.result.failure?.message}`;
  else if (previous?.status === "done") {
    const changes = biggestChanges(previous.result, score.result);
    const total = `Total ${previous.result.reward.total.toFixed(2)} → ${score.result.reward.total.toFixed(2)}`;
    verdict = changes.length ? `${total}: ${changes.map((c) => `${c.name} ${formatDelta(c.delta)}`).join(", ")}.` : `${total}.`;
  } else verdict = `The starting point totals ${score.result.reward.total.toFixed(2)}${score.result.notes[0] ? `. Top note: ${score.result.notes[0]}` : "."}`;

  const caption = (
    <section className="tour-caption" aria-label="Tour" data-stop={stopIndex}>
      <div className="tour-progress">
        Stop {stopIndex + 1} of {stops.length}
        <span className="spacer" />
        <button type="button" onClick={() => goTo(stopIndex - 1)} disabled={stopIndex === 0}>
          Back
        </button>
        {last ? (
          <button type="button" className={playedThrough ? "primary" : ""} onClick={() => onFinish(trajectory.task.id, finalStep.code)}>
            Open the editor
          </button>
        ) : (
          <button type="button" className={playedThrough ? "primary" : ""} onClick={() => goTo(stopIndex + 1)}>
            Next stop
          </button>
        )}
        <button type="button" onClick={onExit}>
          Leave the tour
        </button>
      </div>
      <h2>{stop.title}</h2>
      <p>{stop.intro}</p>
      <p className="tour-step">
        <strong>
          Step {selected + 1}, {step.label}:
        </strong>{" "}
        {step.rationale} <span className="tour-verdict">{verdict}</span>
      </p>
    </section>
  );

  return (
    <div className="tour-view">
      <TrajectoryPlayer
        key={trajectory.key}
        session={session}
        trajectory={trajectory}
        selected={selected}
        onSelect={setSelected}
        playing={playing}
        onPlayingChange={setPlaying}
        onOpenInEditor={onFinish}
        caption={caption}
        onPlayedThrough={() => setPlayedThrough(true)}
      />
    </div>
  );
}
