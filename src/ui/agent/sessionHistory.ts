import type { Rollout } from "../../env/curriculum";
import type { ScoreResult } from "../../scorer/types";

type Listener = () => void;

/**
 * Attempts kept: the newest, so a long session does not grow the page without bound (each
 * reward-card score kept its result and code: about 7 kB per edit, 7 MB over a thousand edits).
 */
export const HISTORY_LIMIT = 500;

/**
 * This session's scored attempts, the curriculum view's default input: every agent step (through
 * `window.cadforge` or the iframe bridge) and every score the reward card showed, the newest
 * `limit` of them. Numbering continues past dropped attempts, so an id never names two.
 */
export class SessionHistory {
  private items: Rollout[] = [];
  private added = 0;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly limit = HISTORY_LIMIT) {}

  add(source: "agent" | "editor", code: string, result: ScoreResult): void {
    const n = ++this.added;
    // A new array each time: the curriculum view compares snapshots by identity.
    this.items = [...this.items, { id: `${source}:${n}`, line: n, task_id: result.task_id, code, result }].slice(-this.limit);
    for (const listener of this.listeners) listener();
  }

  rollouts = (): Rollout[] => this.items;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
