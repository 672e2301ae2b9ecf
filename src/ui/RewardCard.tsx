import type { Dimension, ScoreResult } from "../scorer/types";

const DIMENSIONS: { key: Dimension; label: string }[] = [
  { key: "build", label: "Build" },
  { key: "topology", label: "Topology" },
  { key: "contact", label: "Contact" },
  { key: "semantic_parts", label: "Semantic parts" },
  { key: "reference_similarity", label: "Reference similarity" },
  { key: "editability", label: "Editability" },
  { key: "efficiency", label: "Efficiency" },
];

interface RewardCardProps {
  score: ScoreResult | null;
  scoring: boolean;
  error: string | null;
  /** The note shown in the viewer, by its place in `notes`. */
  chosenNote?: number | null;
  /** Given where a viewer shows the same model: a note chosen shows in it what the note speaks of. */
  onChooseNote?: (index: number) => void;
}

/**
 * The reward of the last build: total, one bar a dimension, and the scorer's notes. It keeps its
 * height while empty so the viewer does not resize (and the camera jump) when the first score lands.
 */
export function RewardCard({ score, scoring, error, chosenNote = null, onChooseNote }: RewardCardProps) {
  return (
    <section className="reward-card" aria-label="Reward" data-scoring={scoring}>
      <h2>
        Reward
        {score && <span className={`reward-total ${score.reward.total < 0 ? "negative" : ""}`}>{score.reward.total.toFixed(3)}</span>}
        {scoring && <span className="reward-busy">scoring…</span>}
      </h2>
      {error && <p className="reward-error">{error}</p>}
      {!score && !error && <p className="reward-empty">{scoring ? "The model is scored against the task once it is on screen." : "No score yet."}</p>}
      {score && (
        <>
          <ul className="reward-bars">
            {DIMENSIONS.map(({ key, label }) => {
              const value = score.reward[key];
              return (
                <li key={key}>
                  <span className="reward-label">{label}</span>
                  <span className="reward-bar" role="meter" aria-valuemin={0} aria-valuemax={1} aria-valuenow={value} aria-label={label}>
                    <span style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
                  </span>
                  <span className="reward-value">{value.toFixed(2)}</span>
                </li>
              );
            })}
          </ul>
          {score.notes.length > 0 && (
            <ol className="reward-notes">
              {score.notes.map((note, index) => (
                <li key={index}>
                  {onChooseNote ? (
                    <button type="button" className="reward-note" aria-pressed={chosenNote === index} onClick={() => onChooseNote(index)} title="Show in the viewer what this note speaks of">
                      {note}
                    </button>
                  ) : (
                    note
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
