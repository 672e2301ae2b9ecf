import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../../src/kernel";
import { loadNodeKernel } from "../../src/kernel/nodeKernel";
import { scoreCandidate, type ScoreResult } from "../../src/scorer";
import { loadCatalogueFromDisk } from "../../src/tasks/loadFromDisk";
import type { Task } from "../../src/tasks/types";
import { parityProblems, TOTAL_TOLERANCE } from "./referenceParity";

/*
 * Task references written again in CadQuery (tests/cadquery/references/<task_id>.py) score like
 * the task's replicad reference (reference.js): totals within TOTAL_TOLERANCE, every checklist
 * item the reference passes passed, the same part names. Scored in fast mode, as the
 * calibration suite scores the references.
 */

const DIR = fileURLToPath(new URL("./references/", import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
const source = (file: string) => readFileSync(DIR + file, "utf8");

let kernel: Kernel;
let tasks: Map<string, Task>;
const replicadScores = new Map<string, Promise<ScoreResult>>();
const table: string[] = [];

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = new Map((await loadCatalogueFromDisk()).tasks.map((t) => [t.id, t]));
});

afterAll(() => {
  if (table.length) console.log(["task | replicad | CadQuery | difference | checklist", ...table].join("\n"));
});

function taskOf(id: string): Task {
  const task = tasks.get(id);
  if (!task) throw new Error(`tests/cadquery/references/${id}.py names no task of the catalogue`);
  return task;
}

const score = (task: Task, code: string) => scoreCandidate(kernel, task, code, { mode: "fast" });

function replicadScore(task: Task): Promise<ScoreResult> {
  if (!replicadScores.has(task.id)) replicadScores.set(task.id, score(task, task.references[0]));
  return replicadScores.get(task.id)!;
}

describe("task references written again in CadQuery", () => {
  it("cover at least eight tasks", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of FILES) {
    const id = file.replace(/\.py$/, "");
    it(`${id}: scores within ${TOTAL_TOLERANCE} of the replicad reference and passes what it passes`, async () => {
      const task = taskOf(id);
      const replicad = await replicadScore(task);
      const cadquery = await score(task, source(file));
      const items = (cadquery.metrics.semantic_parts?.items ?? []) as { satisfied: boolean }[];
      table.push(
        `${id} | ${replicad.reward.total.toFixed(4)} | ${cadquery.reward.total.toFixed(4)} | ` +
          `${(cadquery.reward.total - replicad.reward.total).toFixed(4)} | ${items.filter((i) => i.satisfied).length}/${items.length}`,
      );
      expect(parityProblems(replicad, cadquery)).toEqual([]);
    });
  }

  it("fails a rewrite that leaves out a part: its total, the reference's checklist and part names catch it", async () => {
    const task = taskOf("table_six_leg_500n");
    const full = source("table_six_leg_500n.py");
    const withoutCrossbars = full.replace(/^for x in .*\n\s+show_object\(make_bar\(.*name="crossbar"\)\n/m, "");
    expect(withoutCrossbars).not.toBe(full);
    const problems = parityProblems(await replicadScore(task), await score(task, withoutCrossbars));
    expect(problems).toEqual([
      expect.stringMatching(/^total 0\.\d+ is 0\.\d+ from the reference's 1\.0000$/),
      'checklist item "crossbars" passes on the reference, not on the CadQuery file',
      expect.stringMatching(/^parts named .* the reference's .*"crossbar"/),
    ]);
  });

  it("fails a rewrite that does not build, naming its line", async () => {
    const task = taskOf("table_six_leg_500n");
    const broken = source("table_six_leg_500n.py").replace(".fillet(corner_radius)", ".filet(corner_radius)");
    const problems = parityProblems(await replicadScore(task), await score(task, broken));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the CadQuery file fails: invented_api at line \d+: .*filet/);
  });
});
