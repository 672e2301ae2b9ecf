import type { Target } from "./types";

/** What each dimension returns: a score in [0, 1], notes (most important first) and its measurements. */
export interface DimensionScore {
  score: number;
  notes: string[];
  /** What each note speaks of, in the order of `notes`; a note past its end speaks of the whole model. */
  noteTargets?: Target[];
  metrics: Record<string, unknown>;
}
