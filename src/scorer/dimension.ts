/** What each dimension returns: a score in [0, 1], notes (most important first) and its measurements. */
export interface DimensionScore {
  score: number;
  notes: string[];
  metrics: Record<string, unknown>;
}
