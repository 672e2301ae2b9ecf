import { useEffect, useRef } from "react";
import type { ReplayScores } from "./replayScores";
import type { ReplayTrajectory } from "./replayTrajectory";
import { formatDelta, stepSummary } from "./stepSummary";

interface StepStripProps {
  trajectory: ReplayTrajectory;
  scores: ReplayScores;
  selected: number;
  onSelect: (index: number) => void;
}

const STATE_TEXT = { waiting: "waiting to score", scoring: "scoring…", built: "builds", failed: "fails", error: "not scored" } as const;

/** The trajectory at a glance: one card a step, each filled in as its live score arrives. */
export function StepStrip({ trajectory, scores, selected, onSelect }: StepStripProps) {
  const selectedCard = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Braced: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
    void selectedCard.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, trajectory.key]);

  return (
    <ol className="step-strip" aria-label="Steps">
      {trajectory.steps.map((step) => {
        const summary = stepSummary(scores.get(trajectory, step.index), step.index > 0 ? scores.get(trajectory, step.index - 1) : undefined);
        const failureClass = summary.state === "failed" ? summary.note?.split(":")[0] : null;
        return (
          <li key={step.index}>
            <button
              type="button"
              ref={step.index === selected ? selectedCard : undefined}
              className={`step-card step-${summary.state}`}
              aria-pressed={step.index === selected}
              data-step={step.index}
              data-state={summary.state}
              data-total={summary.total ?? undefined}
              onClick={() => onSelect(step.index)}
            >
              <span className="step-head">
                <span className="step-number">{step.index + 1}</span>
                <span className="step-label" title={step.label}>
                  {step.label}
                </span>
              </span>
              <span className="step-score">
                <span className="step-total">{summary.total !== null ? summary.total.toFixed(3) : "…"}</span>
                {summary.delta !== null && <span className={`step-delta ${summary.delta >= 0 ? "up" : "down"}`}>{formatDelta(summary.delta)}</span>}
              </span>
              <span className={`step-state state-${summary.state}`}>{failureClass ? `fails: ${failureClass}` : STATE_TEXT[summary.state]}</span>
              <span className="step-note" title={summary.note ?? undefined}>
                {summary.note ?? (summary.state === "built" ? "no notes: every check passed" : "")}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
