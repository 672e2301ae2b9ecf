import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCadforge as cadforge } from "../../tests/support/runCadforge";

describe("cadforge env", () => {
  it("answers every line in order, refuses malformed ones with the line number, keeps serving, and ends at EOF", async () => {
    const seed = await readFile(new URL("../../tasks/caster_wheel_fork/seed.js", import.meta.url), "utf8");
    const requests = [
      "{broken",
      JSON.stringify({ id: 1, op: "reset", task_id: "caster_wheel_fork" }),
      "",
      "42",
      JSON.stringify({ id: 2, op: "step", code: seed }),
      JSON.stringify({ id: 3, op: "step", code: seed, task_id: "axial_motor_stator_12_slot" }),
      JSON.stringify({ id: 4, op: "step", code: 17 }),
      JSON.stringify({ id: 5, op: "state" }),
    ];
    const { code, stdout, stderr } = await cadforge(["env"], requests.join("\n") + "\n");
    expect(code, stderr).toBe(0);
    const answers = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(answers).toHaveLength(7);
    expect(answers[0]).toMatchObject({ ok: false, op: null, error: { code: "bad_request" } });
    expect(answers[0].error.message).toMatch(/^line 1: not valid JSON/);
    expect(answers[1]).toMatchObject({ id: 1, ok: true, op: "reset", observation: { step: 0 } });
    expect(answers[2]).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(answers[2].error.message).toMatch(/^line 4: /);
    expect(answers[3]).toMatchObject({ id: 2, ok: true, op: "step", observation: { step: 1, done: false, reward: { ok: true, task_id: "caster_wheel_fork" } } });
    expect(answers[4]).toMatchObject({ id: 3, ok: false, error: { code: "task_mismatch" } });
    expect(answers[5]).toMatchObject({ id: 4, ok: false, error: { code: "bad_request" } });
    expect(answers[6]).toMatchObject({ id: 5, ok: true, op: "state" });
    expect(answers[6].observation).toEqual(answers[3].observation);
  });

  it("ends cleanly on empty input", async () => {
    expect(await cadforge(["env"], "")).toMatchObject({ code: 0, stdout: "" });
  });

  it("rejects unknown flags as a usage error", async () => {
    const { code, stderr } = await cadforge(["env", "--verbose"], "");
    expect(code).toBe(2);
    expect(stderr).toContain("--verbose");
  });
});

describe("cadforge curriculum", () => {
  it("writes the same prompts for the same rollouts, heaviest first, and names lines it left out", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cadforge-curriculum-"));
    const stator = await readFile(new URL("../../tasks/axial_motor_stator_12_slot/seed.js", import.meta.url), "utf8");
    const candidates = [
      { id: "seed", task_id: "axial_motor_stator_12_slot", code: stator },
      { id: "syntax", task_id: "axial_motor_stator_12_slot", code: "const main = () => {" },
      { id: "api", task_id: "caster_wheel_fork", code: "const { makeGear } = replicad;\nconst main = () => makeGear(3);" },
    ];
    await writeFile(join(dir, "candidates.jsonl"), candidates.map((c) => JSON.stringify(c)).join("\n") + "\n");
    const scoredRun = await cadforge(["score", "--jsonl", join(dir, "candidates.jsonl"), "--workers", "1"], "");
    expect(scoredRun.code, scoredRun.stderr).toBe(0);
    const results = scoredRun.stdout.trim().split("\n").map((l) => JSON.parse(l));
    // A rollout is a `score --jsonl` line with the code it scored.
    const rollouts = results.map((r, i) => JSON.stringify({ ...r, code: candidates[i].code })).join("\n") + "\n{oops\n";
    await writeFile(join(dir, "rollouts.jsonl"), rollouts);

    const first = await cadforge(["curriculum", join(dir, "rollouts.jsonl")], "");
    const second = await cadforge(["curriculum", "-", "--out", join(dir, "prompts.jsonl")], rollouts);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(await readFile(join(dir, "prompts.jsonl"), "utf8")).toBe(first.stdout);
    expect(first.stderr).toContain("line 4: not valid JSON");
    const prompts = first.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(prompts.map((p) => [p.id, p.class])).toEqual([
      ["api", "invented_api"],
      ["syntax", "syntax"],
      ["seed", "weak_semantics"],
    ]);
    expect(prompts[0].weight).toBeGreaterThan(prompts[1].weight);
  });
});
