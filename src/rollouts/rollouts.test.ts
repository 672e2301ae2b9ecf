import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, readRolloutRow, readRollouts, resultsJsonl, RolloutReader } from "./index";
import type { ScoreResult } from "../scorer/types";

const CODE = "const main = () => replicad.makeBaseBox(10, 10, 10);";
const row = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe("readRolloutRow", () => {
  it("reads code from code, action, action.code and a fenced completion", () => {
    const read = (fields: Record<string, unknown>) => readRolloutRow(row({ task_id: "t", ...fields }), 1);
    expect(read({ code: CODE })).toMatchObject({ code: CODE, codeField: "code" });
    expect(read({ action: CODE })).toMatchObject({ code: CODE, codeField: "action" });
    expect(read({ action: { code: CODE, tool: "build" } })).toMatchObject({ code: CODE, codeField: "action.code" });
    expect(read({ completion: `Here is the part:\n\`\`\`javascript\n${CODE}\n\`\`\`\nIt builds.` })).toMatchObject({ code: `${CODE}\n`, codeField: "completion" });
    expect(read({ completion: CODE })).toMatchObject({ code: CODE, codeField: "completion" });
  });

  it("takes the episode from episode_id, episode or id, and numbers as strings", () => {
    expect(readRolloutRow(row({ task_id: "t", code: CODE, id: 7, step: 2 }), 3)).toEqual({ line: 3, taskId: "t", code: CODE, step: 2, episode: "7", id: "7", codeField: "code", lang: "javascript" });
    expect(readRolloutRow(row({ task_id: "t", code: CODE, id: "row-1", episode_id: "ep" }), 1)).toMatchObject({ episode: "ep", id: "row-1" });
    expect(readRolloutRow(row({ task_id: "t", code: CODE }), 1)).toMatchObject({ episode: "", id: null, step: null });
  });

  it("names the line and the field of each problem", () => {
    const cases: [string, string | null, RegExp][] = [
      ["{not json", null, /^line 4: not valid JSON/],
      ["[1, 2]", null, /^line 4: expected a JSON object .* got an array/],
      [row({ code: CODE }), "task_id", /^line 4: "task_id" is missing/],
      [row({ task_id: 12, code: CODE }), "task_id", /"task_id" must be a non-empty string, got number 12/],
      [row({ task_id: "t" }), "code", /no code: expected "code", "action" or "completion"/],
      [row({ task_id: "t", code: 5 }), "code", /"code" must be a string, got number 5/],
      [row({ task_id: "t", code: "  \n" }), "code", /"code" is empty/],
      [row({ task_id: "t", action: { tool: "x" } }), "action", /"action" must be the code as a string or an object with a string "code"/],
      [row({ task_id: "t", completion: ["a"] }), "completion", /"completion" must be a string, got an array/],
      [row({ task_id: "t", code: CODE, step: 1.5 }), "step", /"step" must be a whole number, 0 or more, got number 1.5/],
      [row({ task_id: "t", code: CODE, step: -1 }), "step", /got number -1/],
      [row({ task_id: "t", code: CODE, step: "2" }), "step", /got "2"/],
      [row({ task_id: "t", code: CODE, id: { a: 1 } }), "id", /"id" must be a string or a number, got an object/],
      [row({ task_id: "t", code: CODE, episode: [1] }), "episode", /"episode" must be a string or a number/],
    ];
    for (const [text, field, message] of cases) {
      const read = readRolloutRow(text, 4);
      expect(read, text).toMatchObject({ line: 4, field });
      expect((read as { message: string }).message, text).toMatch(message);
    }
  });

  it("refuses an unknown task when the catalogue is given", () => {
    const read = readRolloutRow(row({ task_id: "teapot", code: CODE }), 2, new Set(["cable_clip_snap"]));
    expect(read).toMatchObject({ line: 2, field: "task_id" });
    expect((read as { message: string }).message).toMatch(/unknown task_id "teapot" \(not one of the 1 tasks/);
  });

  it("refuses a line over the size limit without parsing it", () => {
    const huge = row({ task_id: "t", code: "x".repeat(MAX_LINE_CHARS) });
    const read = readRolloutRow(huge, 9);
    expect(read).toMatchObject({ line: 9, field: null });
    expect((read as { message: string }).message).toMatch(/^line 9: 1\.0 M characters long, over the 1\.0 M characters limit/);
  });
});

describe("RolloutReader", () => {
  const file = [
    row({ task_id: "a", code: "s2", step: 2, id: "e1" }),
    row({ task_id: "a", code: "s0", step: 0, id: "e1" }),
    "",
    "{oops",
    row({ task_id: "b", action: { code: "b-first" } }),
    row({ task_id: "a", code: "s1", step: 1, id: "e1" }),
    row({ task_id: "a", code: "other", step: 0, id: "e2" }),
    row({ task_id: "b", completion: "b-second" }),
    row({ task_id: "a", code: "dup", step: 1, id: "e1" }),
  ].join("\r\n");

  it("groups rows by task and episode in step order, and reports bad lines by number while the rest load", () => {
    const result = readRollouts(file);
    expect(result.lines).toBe(9);
    expect(result.rows).toBe(6);
    expect(result.episodes.map((e) => [e.taskId, e.episode, e.rows.map((r) => r.code)])).toEqual([
      ["a", "e1", ["s0", "s1", "s2"]],
      ["b", "", ["b-first", "b-second"]],
      ["a", "e2", ["other"]],
    ]);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [4, null],
      [9, "step"],
    ]);
    expect(result.errors[1].message).toBe('line 9: step 1 of episode "e1" of task a already came on line 6; this line is skipped');
  });

  it("reads the same file fed in chunks split anywhere, even inside a line or a CRLF", () => {
    const whole = readRollouts(file);
    for (const size of [1, 2, 7, 64]) {
      const reader = new RolloutReader();
      for (let i = 0; i < file.length; i += size) reader.push(file.slice(i, i + size));
      expect(reader.end(), `chunks of ${size}`).toEqual(whole);
    }
  });

  it("reads 10,000 lines with one bad line, naming it", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => row({ task_id: `task_${i % 4}`, code: `// ${i}\n${CODE}`, step: Math.floor(i / 40), id: `ep${i % 40}` }));
    lines[4321] = lines[4321].slice(0, -5);
    const reader = new RolloutReader(new Set(["task_0", "task_1", "task_2", "task_3"]));
    const text = lines.join("\n") + "\n";
    for (let i = 0; i < text.length; i += 65_536) reader.push(text.slice(i, i + 65_536));
    const result = reader.end();
    expect(result.rows).toBe(9_999);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].line).toBe(4322);
    expect(result.episodes).toHaveLength(40);
    expect(result.episodes[0].rows.map((r) => r.step)).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });

  it("snapshots part-way without losing what comes after", () => {
    const reader = new RolloutReader();
    reader.push(row({ task_id: "a", code: "one" }) + '\n{"task_id": "a", "code": "tw');
    expect(reader.snapshot().rows).toBe(1);
    reader.push('o" }');
    expect(reader.end().episodes[0].rows.map((r) => r.code)).toEqual(["one", "two"]);
    expect(() => reader.push("more")).toThrow(/already ended/);
  });
});

describe("resultsJsonl", () => {
  it("writes one line a step without timings, which the curriculum reader accepts", async () => {
    const result = { task_id: "a", mode: "fast", ok: true, reward: { total: 0.4, build: 1, topology: 1, contact: 1, semantic_parts: 0.2, reference_similarity: 0.3, editability: 0.5, efficiency: 1 }, failure: null, notes: ["n"], note_targets: [{ parts: [], overlaps: [], floating: [], holes: [], regions: [] }], parts: [], metrics: {}, elapsed_ms: { build: 12, score: 30 } } as ScoreResult;
    const text = resultsJsonl([{ task_id: "a", episode: "e1", step: 0, label: "Seed", line: 3, code: CODE, result }]);
    expect(text.endsWith("\n")).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ id: "a/e1/0", task_id: "a", step: 0, label: "Seed", line: 3, code: CODE, lang: "javascript" });
    expect(parsed.result.elapsed_ms).toBeUndefined();
    const { parseRollouts } = await import("../env/curriculum/rollout");
    expect(parseRollouts(text).errors).toEqual([]);
  });
});
