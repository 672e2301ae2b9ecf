import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, readRollouts, type RolloutFile } from "./index";
import { seededRandom } from "../../tests/hostile/seededRandom";

const CASES = 3000;
const TASKS = new Set(["wall_j_hook_120n", "cable_clip_snap"]);
const goodLine = (step: number) => JSON.stringify({ task_id: "wall_j_hook_120n", episode_id: "e1", step, code: "const main = (r) => r.makeBaseBox(1, 2, 3);" });

/** Every line is a row or an error naming its line; nothing is lost without a word. */
function expectClearOutcome(file: RolloutFile, lineCount: number): void {
  const rows = file.episodes.reduce((sum, episode) => sum + episode.rows.length, 0);
  expect(rows).toBe(file.rows);
  for (const episode of file.episodes) for (const row of episode.rows) {
    expect(TASKS.has(row.taskId)).toBe(true);
    expect(typeof row.code).toBe("string");
  }
  for (const error of file.errors) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount);
    expect(error.message.length).toBeGreaterThan(3);
  }
}

describe("rollout importer fuzzing", () => {
  it(`${CASES} random, truncated, mutated and oversized JSONL files each read as rows and located errors`, () => {
    const random = seededRandom(0x5eed);
    for (let i = 0; i < CASES; i++) {
      const lines: string[] = [];
      const count = 1 + random.int(6);
      for (let l = 0; l < count; l++) {
        const good = goodLine(l);
        switch (random.int(6)) {
          case 0: lines.push(good); break;
          case 1: lines.push(good.slice(0, random.int(good.length))); break;
          case 2: lines.push(random.text(random.int(200)).replace(/[\r\n]/g, " ")); break;
          case 3: lines.push(JSON.stringify({ ...JSON.parse(good), [random.pick(["task_id", "code", "step", "episode_id", "action", "completion"])]: random.value() })); break;
          case 4: lines.push(JSON.stringify(random.value())); break;
          default: lines.push(random.next() < 0.5 ? `{"task_id":"wall_j_hook_120n","code":"${"x".repeat(MAX_LINE_CHARS + random.int(100))}"}` : "[".repeat(100_000));
        }
      }
      const text = lines.join(random.next() < 0.2 ? "\r\n" : "\n");
      let file: RolloutFile | undefined;
      expect(() => (file = readRollouts(text, TASKS)), `case ${i}`).not.toThrow();
      expectClearOutcome(file!, lines.length);
    }
  });
});
