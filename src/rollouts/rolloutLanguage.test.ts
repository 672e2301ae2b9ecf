import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { scoreCandidate } from "../scorer";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { readRolloutRow, readRollouts, resultsJsonl, type RolloutRow } from "./index";

/** A rollouts file of CadQuery and replicad rows: each row's language, read or given, is the one it is scored in. */
const PLATE_PY = "import cadquery as cq\nresult = cq.Workplane().box(40, 40, 4)\n";
const PLATE_JS = "const main = (r) => r.makeBaseBox(40, 40, 4);";
const row = (fields: Record<string, unknown>) => JSON.stringify({ task_id: "caster_wheel_fork", ...fields });

let kernel: Kernel;
let caster: Task;

beforeAll(async () => {
  kernel = await loadNodeKernel();
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});

describe("a rollout row's lang", () => {
  it("is read from the code when absent or auto (a fenced python completion included), and taken as given otherwise", () => {
    const file = readRollouts(
      [
        row({ step: 0, code: PLATE_JS }),
        row({ step: 1, completion: "Here it is:\n```python\n" + PLATE_PY + "```\n" }),
        row({ step: 2, code: PLATE_PY, lang: "auto" }),
        row({ step: 3, code: PLATE_PY, lang: "javascript" }),
        row({ step: 4, code: PLATE_JS, lang: null }),
      ].join("\n"),
    );
    expect(file.errors).toEqual([]);
    expect(file.episodes[0].rows.map((r) => r.lang)).toEqual(["javascript", "python", "python", "javascript", "javascript"]);
  });

  it("refuses a value that is not a language, naming the line, the field and the choices", () => {
    for (const lang of ["cadquery", 1, ["python"], ""]) {
      const read = readRolloutRow(row({ code: PLATE_PY, lang }), 5);
      expect(read, JSON.stringify(lang)).toMatchObject({ line: 5, field: "lang" });
      expect((read as { message: string }).message).toMatch(/^line 5: "lang" must be "auto", "javascript", "python", got /);
    }
  });

  it("scores each row in its language on the real kernel, and the results file carries it so it imports back the same", async () => {
    const rows = readRollouts([row({ step: 0, code: PLATE_PY }), row({ step: 1, code: PLATE_PY, lang: "javascript" })].join("\n")).episodes[0].rows;
    const scored = [];
    for (const r of rows as RolloutRow[]) scored.push({ r, result: await scoreCandidate(kernel, caster, r.code, { mode: "fast", language: r.lang }) });
    expect(scored[0].result).toMatchObject({ ok: true, parts: [{ volume_mm3: 6400 }] });
    expect(scored[1].result.failure).toMatchObject({ class: "syntax", line: 1 });

    const text = resultsJsonl(scored.map(({ r, result }) => ({ task_id: r.taskId, episode: r.episode, step: r.step!, label: `step ${r.step}`, line: r.line, code: r.code, lang: r.lang, result })));
    expect(text.trim().split("\n").map((l) => JSON.parse(l).lang)).toEqual(["python", "javascript"]);
    expect(readRollouts(text).episodes[0].rows.map((r) => r.lang)).toEqual(["python", "javascript"]);
  });
});
