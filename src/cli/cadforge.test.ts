import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { runCadforge as cadforge } from "../../tests/support/runCadforge";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cadforge-cli-"));
});

describe("cadforge tasks", () => {
  it("prints the catalogue's task ids, one a line", async () => {
    const run = await cadforge(["tasks"]);
    expect(run.code).toBe(0);
    const ids = run.stdout.trim().split("\n");
    expect(ids).toEqual((await loadCatalogueFromDisk()).tasks.map((t) => t.id));
    expect(ids).toContain("caster_wheel_fork");
    expect(ids).toContain("axial_motor_stator_12_slot");
  });
});

describe("usage errors exit 2 with a message on stderr", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown task", ["score", "--task", "flying_teapot", "x.js"], /unknown task "flying_teapot"/],
    ["an unreadable file", ["score", "--task", "caster_wheel_fork", "/no/such/file.js"], /cannot read \/no\/such\/file\.js: ENOENT/],
    ["a bad mode", ["score", "--task", "caster_wheel_fork", "--mode", "slow", "x.js"], /--mode must be "fast" or "full"/],
    ["a bad worker count", ["score", "--jsonl", "-", "--workers", "0"], /--workers must be a positive integer/],
    ["an unknown flag", ["score", "--fast"], /Unknown option '--fast'/],
    ["an unknown command", ["grade"], /unknown command "grade"/],
    ["a missing file", ["score", "--task", "caster_wheel_fork"], /needs the candidate file/],
    ["an unreadable jsonl input", ["score", "--jsonl", "/no/such.jsonl"], /cannot read \/no\/such\.jsonl/],
    ["an unwritable output", ["score", "--jsonl", "/dev/null", "--out", "/no/dir/results.jsonl"], /cannot write \/no\/dir\/results\.jsonl/],
    ["--task with --jsonl", ["score", "--jsonl", "-", "--task", "caster_wheel_fork"], /each line names its task_id/],
  ];
  it.each(cases)("for %s", async (_label, args, message) => {
    const run = await cadforge(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});

describe("cadforge score --task", () => {
  it("prints the result JSON of a candidate that builds", async () => {
    const file = join(ROOT, "tasks/caster_wheel_fork/seed.js");
    const run = await cadforge(["score", "--task", "caster_wheel_fork", file]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ task_id: "caster_wheel_fork", mode: "fast", ok: true, failure: null });
    for (const value of Object.values(result.reward as Record<string, number>)) expect(value).toBeGreaterThanOrEqual(-1);
    expect(result.reward.total).toBeGreaterThan(-0.05);
    expect(result.parts.length).toBeGreaterThan(0);
  });

  it("exits 0 with a located failure for code that does not build", async () => {
    const file = join(dir, "broken.js");
    await writeFile(file, "const { makeBaseBox } = replicad;\nconst main = () => {\n  return makeBaseBox(10, 10,, 10);\n};\n");
    const run = await cadforge(["score", "--task", "caster_wheel_fork", "--mode", "full", file]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ ok: false, mode: "full", failure: { class: "syntax", line: 3 } });
    expect(result.reward.total).toBeLessThanOrEqual(-0.05);
  });
});

describe("cadforge score --jsonl", () => {
  const good = (size: number) => `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(${size}, ${size}, ${size});`;
  const lines = [
    JSON.stringify({ id: "a", task_id: "caster_wheel_fork", code: good(40) }),
    "{ this is not json",
    JSON.stringify({ id: 7, task_id: "no_such_task", code: good(1) }),
    "",
    JSON.stringify({ id: "hang", task_id: "axial_motor_stator_12_slot", code: "const main = () => {\n  while (true) {}\n};" }),
    JSON.stringify({ task_id: "axial_motor_stator_12_slot", code: good(30) }),
    JSON.stringify({ id: "nocode", task_id: "caster_wheel_fork" }),
  ];

  it("writes one result per line in input order with ids and line numbers; bad lines do not stop the batch", async () => {
    const input = join(dir, "batch.jsonl");
    const out = join(dir, "results.jsonl");
    await writeFile(input, lines.join("\n") + "\n");
    const run = await cadforge(["score", "--jsonl", input, "--workers", "2", "--out", out, "--timeout", "10000"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toContain("[#");
    const rows = (await readFile(out, "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.line])).toEqual([["a", 1], [null, 2], [7, 3], ["hang", 5], [null, 6], ["nocode", 7]]);
    expect(rows[0], JSON.stringify(rows[0].failure)).toMatchObject({ task_id: "caster_wheel_fork", ok: true });
    expect(rows[1].error).toMatch(/^line 2: not valid JSON/);
    expect(rows[2].error).toBe('line 3: unknown task_id "no_such_task"');
    expect(rows[3]).toMatchObject({ task_id: "axial_motor_stator_12_slot", ok: false, failure: { class: "timeout", wall_clock: false, line: 2 } });
    expect(rows[4]).toMatchObject({ task_id: "axial_motor_stator_12_slot", ok: true });
    expect(rows[5].error).toBe('line 7: "code" must be a string');
  });

  it("reads stdin with - and writes to stdout", async () => {
    const run = await cadforge(["score", "--jsonl", "-", "--workers", "1"], lines[0] + "\n" + lines[5] + "\n");
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.line, r.ok])).toEqual([["a", 1, true], [null, 2, true]]);
  });

  it("lets a line choose its mode over --mode", async () => {
    const input = [
      JSON.stringify({ id: "full", task_id: "caster_wheel_fork", code: good(40), mode: "full" }),
      JSON.stringify({ id: "slow", task_id: "caster_wheel_fork", code: good(40), mode: "slow" }),
    ];
    const run = await cadforge(["score", "--jsonl", "-", "--workers", "1", "--mode", "fast"], input.join("\n"));
    const rows = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ id: "full", mode: "full", ok: true });
    expect(rows[1]).toMatchObject({ id: "slow", ok: false, error: 'line 2: "mode" must be "fast" or "full"' });
  });

  it("answers each stdin line while stdin is still open, so a training loop can wait for it", async () => {
    const child = spawn(process.execPath, ["bin/cadforge.mjs", "score", "--jsonl", "-", "--workers", "1"], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      child.stdin.write(lines[0] + "\n");
      const first = JSON.parse((await answers.next()).value);
      expect([first.id, first.line, first.ok]).toEqual(["a", 1, true]);

      child.stdin.write("\n" + lines[1] + "\n" + lines[5] + "\n");
      const second = JSON.parse((await answers.next()).value);
      const third = JSON.parse((await answers.next()).value);
      expect([second.line, second.error]).toEqual([3, expect.stringMatching(/^line 3: not valid JSON/)]);
      expect([third.id, third.line, third.ok]).toEqual([null, 4, true]);
    } finally {
      child.stdin.end();
    }
    expect(await exited).toBe(0);
    expect((await answers.next()).done).toBe(true);
  });
});
