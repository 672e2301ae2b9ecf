import type { Rollout } from "../../env/curriculum";
import type { ScoreResult } from "../../scorer/types";

type Listener = () => void;

/**
 * This session's scored attempts, the curriculum view's default input: every agent step (through
 * `window.cadforge` or the iframe bridge) and every score the reward card showed.
 */
export class SessionHistory {
  private items: Rollout[] = [];
  private readonly listeners = new Set<Listener>();

  add(source: "agent" | "editor", code: string, result: ScoreResult): void {
    const n = this.items.length + 1;
    this.items = [...this.items, { id: `${source}:${n}`, line: n, task_id: result.task_id, code, result }];
    for (const listener of this.listeners) listener();
  }

  rollouts = (): Rollout[] => this.items;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
