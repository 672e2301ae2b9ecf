import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import type { ExportFormat } from "../../worker/protocol";
import type { CodeLanguage } from "../../model/codeLanguage";
import { RewardCard } from "../RewardCard";
import { CodeDiff } from "./CodeDiff";
import { CompareViewer } from "./CompareViewer";
import type { ReplaySession } from "./replaySession";
import type { ReplayTrajectory } from "./replayTrajectory";
import { StepStrip } from "./StepStrip";
import { exportStepModel, exportStepReward, exportTrajectoryResults } from "./stepExports";
import { useArrowKeys, usePlayback } from "./usePlayback";

interface TrajectoryPlayerProps {
  session: ReplaySession;
  trajectory: ReplayTrajectory;
  selected: number;
  onSelect: (index: number) => void;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  onOpenInEditor: (taskId: string, code: string, language: CodeLanguage) => void;
  /** Shown above the step strip (the tour's commentary). */
  caption?: ReactNode;
  /** Called when play reaches the last step and it is scored. */
  onPlayedThrough?: () => void;
}

/** A trajectory's step strip and the selected step: its diff, the comparison view, its reward card. */
export function TrajectoryPlayer(props: TrajectoryPlayerProps) {
  const { session, trajectory, selected, onSelect, playing, onPlayingChange, onOpenInEditor, caption, onPlayedThrough } = props;
  useSyncExternalStore(session.subscribe, session.getVersion);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const step = trajectory.steps[Math.min(selected, trajectory.steps.length - 1)];
  const seedCode = trajectory.task.seed;

  // Live scores: the step on screen first, then the rest of its trajectory in order.
  useEffect(() => {
    session.scores.focus(trajectory);
    session.scores.want(trajectory, trajectory.steps.map((s) => s.index));
  }, [session, trajectory]);
  useEffect(() => {
    session.scores.want(trajectory, [step.index], true);
    session.models.want([step.code, seedCode, trajectory.task.reference]);
    setExportError(null);
  }, [session, trajectory, step, seedCode]);

  const score = session.scores.get(trajectory, step.index);
  const settled = score?.status === "done" || score?.status === "error";
  const end = useCallback(() => {
    onPlayingChange(false);
    onPlayedThrough?.();
  }, [onPlayingChange, onPlayedThrough]);
  usePlayback({ playing, selected: step.index, count: trajectory.steps.length, settled, onSelect, onEnd: end });
  useArrowKeys(true, step.index, trajectory.steps.length, onSelect);

  const stepModel = session.models.get(step.code);
  const run = (action: () => Promise<void>) => async () => {
    setExportError(null);
    setExporting(true);
    try {
      await action();
    } catch (error) {
      setExportError((error as Error).message ?? String(error));
    } finally {
      setExporting(false);
    }
  };
  const exportModel = (format: ExportFormat) => run(() => exportStepModel(session, trajectory, step.index, format));

  return (
    <div className="trajectory-player" data-trajectory={trajectory.key}>
      {caption}
      <div className="player-controls">
        <button type="button" onClick={() => onSelect(Math.max(0, step.index - 1))} disabled={step.index === 0} aria-label="Previous step" title="Previous step (←)">
          ◀
        </button>
        <button
          type="button"
          className="primary play-button"
          onClick={() => {
            if (!playing && step.index === trajectory.steps.length - 1) onSelect(0);
            onPlayingChange(!playing);
          }}
        >
          {playing ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          onClick={() => onSelect(Math.min(trajectory.steps.length - 1, step.index + 1))}
          disabled={step.index === trajectory.steps.length - 1}
          aria-label="Next step"
          title="Next step (→)"
        >
          ▶
        </button>
        <span className="player-position">
          Step {step.index + 1} of {trajectory.steps.length}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => onOpenInEditor(trajectory.task.id, step.code, step.language)} title="Continue editing from this step's code">
          Open in editor
        </button>
        <span className="export-group" aria-label="Export">
          <button type="button" disabled={exporting} onClick={run(() => exportStepReward(session, trajectory, step.index))} title="This step's reward as JSON">
            Reward JSON
          </button>
          <button type="button" disabled={exporting} onClick={run(() => exportTrajectoryResults(session, trajectory))} title="Every step's result, one JSON line a step">
            Results JSONL
          </button>
          <button type="button" disabled={exporting || stepModel?.status !== "ready"} onClick={exportModel("stl")}>
            STL
          </button>
          <button type="button" disabled={exporting || stepModel?.status !== "ready"} onClick={exportModel("step")}>
            STEP
          </button>
        </span>
      </div>
      {exportError && (
        <p className="export-error" role="alert">
          {exportError}
        </p>
      )}
      <StepStrip trajectory={trajectory} scores={session.scores} selected={step.index} onSelect={onSelect} />
      <div className="step-detail">
        <div className="step-code">
          <div className="step-title">
            <strong>
              {step.index + 1}. {step.label}
            </strong>
            {step.rationale && <span> {step.rationale}</span>}
            {step.line !== null && <span className="muted"> (line {step.line} of the file)</span>}
          </div>
          <CodeDiff code={step.code} previous={step.index > 0 ? trajectory.steps[step.index - 1].code : null} language={step.language} />
        </div>
        <div className="step-view">
          <CompareViewer seed={session.models.get(seedCode)} step={stepModel} reference={session.models.get(trajectory.task.reference)} frameKey={trajectory.key} />
          <RewardCard
            score={score?.status === "done" ? score.result : null}
            scoring={!settled}
            error={score?.status === "error" ? score.message : null}
          />
        </div>
      </div>
    </div>
  );
}
