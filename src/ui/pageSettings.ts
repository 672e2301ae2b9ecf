/** Settings a URL query can give the page, e.g. `?heapLimitMb=300&timeLimitS=60&workBudget=5000`. */
export interface PageSettings {
  heapLimitBytes: number | null;
  /** The wall-clock backstop of a build or score. */
  timeLimitMs: number | null;
  /** Each build's work budget, in work units (README, "Work budget"). */
  workBudget: number | null;
  /** One message per query value that was given but not used, naming it and saying why. */
  problems: string[];
}

const MB = 1024 * 1024;

/** Reads the query; a bad value is reported and ignored, never half-applied. */
export function readPageSettings(search: string): PageSettings {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const positive = (key: string, unit: string, min: number): number | null => {
    const raw = query.get(key);
    if (raw === null) return null;
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value < min) {
      problems.push(`URL setting ${key}=${JSON.stringify(raw)} ignored: expected a number of ${unit}, at least ${min}`);
      return null;
    }
    return value;
  };
  const heapMb = positive("heapLimitMb", "megabytes", 1);
  const timeS = positive("timeLimitS", "seconds", 0.1);
  const workBudget = positive("workBudget", "work units", 1);
  return { heapLimitBytes: heapMb === null ? null : heapMb * MB, timeLimitMs: timeS === null ? null : timeS * 1000, workBudget, problems };
}
