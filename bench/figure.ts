/** One measured number of `npm run bench`, with the target the issues set for it, if any. */
export interface Figure {
  group: string;
  label: string;
  value: number;
  unit: string;
  /** A bound the value must meet, e.g. `{ max: 1500 }`, and where the bound comes from. */
  target?: { max?: number; min?: number; source: string };
  /** Conditions the number was taken under (sample size, what was measured). */
  note?: string;
}

export function targetMet(figure: Figure): boolean | null {
  const t = figure.target;
  if (!t) return null;
  return (t.max === undefined || figure.value <= t.max) && (t.min === undefined || figure.value >= t.min);
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}
