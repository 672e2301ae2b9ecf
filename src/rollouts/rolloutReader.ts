import { readRolloutRow, type RolloutLineError, type RolloutRow } from "./rolloutRow";

/** The rows of one task and episode, in step order (file order where steps are not given). */
export interface RolloutEpisode {
  /** Unique in the file: task and episode. */
  key: string;
  taskId: string;
  episode: string;
  rows: RolloutRow[];
}

export interface RolloutFile {
  episodes: RolloutEpisode[];
  errors: RolloutLineError[];
  /** Lines read so far, blank ones included. */
  lines: number;
  rows: number;
}

/**
 * Reads a rollouts file a chunk at a time, so a large file never has to be one string and the
 * page can show progress between chunks. Lines may be split anywhere across chunks.
 */
export class RolloutReader {
  private readonly knownTasks: ReadonlySet<string> | undefined;
  private readonly episodes = new Map<string, RolloutEpisode>();
  /** Where each episode's steps were first seen, to name both lines of a repeated step. */
  private readonly stepLines = new Map<string, number>();
  private readonly errors: RolloutLineError[] = [];
  private carry = "";
  private line = 0;
  private rows = 0;
  private ended = false;

  constructor(knownTasks?: ReadonlySet<string>) {
    this.knownTasks = knownTasks;
  }

  /** Reads every complete line of `chunk` (with what was left over from the last one). */
  push(chunk: string): void {
    if (this.ended) throw new Error("the rollouts reader has already ended");
    const text = this.carry + chunk;
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      this.readLine(text.slice(start, end));
      start = end + 1;
    }
    this.carry = text.slice(start);
  }

  /** Reads the last line (a file need not end in a newline) and returns the whole file. */
  end(): RolloutFile {
    if (!this.ended) {
      if (this.carry !== "") this.readLine(this.carry);
      this.carry = "";
      this.ended = true;
    }
    return this.snapshot();
  }

  /** What has been read so far. */
  snapshot(): RolloutFile {
    const episodes = [...this.episodes.values()].map((episode) => ({ ...episode, rows: orderRows(episode.rows) }));
    return { episodes, errors: [...this.errors], lines: this.line, rows: this.rows };
  }

  private readLine(raw: string): void {
    this.line++;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    const read = readRolloutRow(text, this.line, this.knownTasks);
    if ("message" in read) {
      this.errors.push(read);
      return;
    }
    const key = `${read.taskId}\u0000${read.episode}`;
    if (read.step !== null) {
      const stepKey = `${key}\u0000${read.step}`;
      const first = this.stepLines.get(stepKey);
      if (first !== undefined) {
        const episode = read.episode === "" ? "" : ` of episode "${read.episode}"`;
        this.errors.push({ line: this.line, field: "step", message: `line ${this.line}: step ${read.step}${episode} of task ${read.taskId} already came on line ${first}; this line is skipped` });
        return;
      }
      this.stepLines.set(stepKey, this.line);
    }
    let episode = this.episodes.get(key);
    if (!episode) {
      episode = { key, taskId: read.taskId, episode: read.episode, rows: [] };
      this.episodes.set(key, episode);
    }
    episode.rows.push(read);
    this.rows++;
  }
}

/** Rows with a step come in step order; rows without one keep their place in the file after them. */
function orderRows(rows: RolloutRow[]): RolloutRow[] {
  return [...rows].sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity) || a.line - b.line);
}

/** Reads a whole text at once (Node, tests); the page feeds chunks to a `RolloutReader` itself. */
export function readRollouts(text: string, knownTasks?: ReadonlySet<string>): RolloutFile {
  const reader = new RolloutReader(knownTasks);
  reader.push(text);
  return reader.end();
}
