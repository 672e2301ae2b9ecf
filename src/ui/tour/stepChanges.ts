import type { Dimension, ScoreResult } from "../../scorer/types";

const NAMES: Record<Dimension, string> = {
  build: "build",
  topology: "topology",
  contact: "contact",
  semantic_parts: "semantic parts",
  reference_similarity: "reference similarity",
  editability: "editability",
  efficiency: "efficiency",
};

/** The dimensions that moved most between two scored steps, largest change first. */
export function biggestChanges(previous: ScoreResult, current: ScoreResult, count = 3): { name: string; delta: number }[] {
  return (Object.keys(NAMES) as Dimension[])
    .map((key) => ({ name: NAMES[key], delta: current.reward[key] - previous.reward[key] }))
    .filter((change) => Math.abs(change.delta) >= 0.005)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, count);
}
