import { describe, expect, it } from "vitest";
import { failureResult } from "../../scorer/failureResult";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import { SessionHistory } from "./sessionHistory";

describe("SessionHistory", () => {
  it("keeps the newest attempts up to its limit, numbered on past the dropped ones, a new snapshot per attempt", async () => {
    const task = (await loadCatalogueFromDisk()).tasks[0];
    const failure = { class: "syntax" as const, message: "Unexpected token", line: 1, column: 1, operation: null };
    const history = new SessionHistory(3);
    const snapshots = [history.rollouts()];
    let told = 0;
    history.subscribe(() => told++);
    for (let i = 1; i <= 5; i++) {
      history.add(i % 2 ? "editor" : "agent", `// attempt ${i}`, failureResult(task, failure, "fast", { build: 0, score: 0 }));
      snapshots.push(history.rollouts());
    }
    expect(history.rollouts().map((r) => [r.id, r.line, r.code])).toEqual([
      ["editor:3", 3, "// attempt 3"],
      ["agent:4", 4, "// attempt 4"],
      ["editor:5", 5, "// attempt 5"],
    ]);
    expect(told).toBe(5);
    expect(new Set(snapshots).size).toBe(6);
  });
});
