import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeKernel } from "../kernel/nodeKernel";
import type { Kernel } from "../kernel";
import type { CodeLanguage } from "../model/codeLanguage";
import { scoreCandidate } from "../scorer";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { CadEnvironment, EnvError, handleRequest } from "./index";

/** An episode's steps in either language, on the real kernel and scorer (CadQuery on real Pyodide). */
let kernel: Kernel;
let tasks: Task[];

const PLATE_PY = "import cadquery as cq\nresult = cq.Workplane().box(40, 40, 4)\n";
const PLATE_JS = "const main = (r) => r.makeBaseBox(40, 40, 4);";

function environment(asked: CodeLanguage[] = []): CadEnvironment {
  return new CadEnvironment({
    tasks,
    score: (task, code, mode, language) => {
      asked.push(language);
      return scoreCandidate(kernel, task, code, { mode, language });
    },
  });
}

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = (await loadCatalogueFromDisk()).tasks;
});

describe("the environment's lang", () => {
  it("reads CadQuery from its import by default, builds it as Python and says so beside the code it echoes", async () => {
    const asked: CodeLanguage[] = [];
    const env = environment(asked);
    expect(env.reset("caster_wheel_fork").current_lang).toBe("javascript");
    const python = await env.step(PLATE_PY);
    expect(python).toMatchObject({ current_code: PLATE_PY, current_lang: "python", reward: { ok: true, parts: [{ volume_mm3: 6400 }] } });
    const js = await env.step(PLATE_JS);
    expect(js).toMatchObject({ current_lang: "javascript", reward: { ok: true, parts: [{ volume_mm3: 6400 }] } });
    expect(env.state().current_lang).toBe("javascript");
    expect(asked).toEqual(["python", "javascript"]);
  });

  it("lets the step force the language: CadQuery forced to JavaScript fails as syntax, hidden CadQuery forced to Python builds", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    const forcedJs = await env.step(PLATE_PY, undefined, "javascript");
    expect(forcedJs.current_lang).toBe("javascript");
    expect(forcedJs.reward?.failure).toMatchObject({ class: "syntax", line: 1 });
    const hidden = 'cq = __import__("cadquery")\nresult = cq.Workplane().box(40, 40, 4)\n';
    const forcedPy = await env.step(hidden, undefined, "python");
    expect(forcedPy).toMatchObject({ current_lang: "python", reward: { ok: true, parts: [{ volume_mm3: 6400 }] } });
  });

  it("refuses a bad lang naming the field and the choices, without counting a step; the next step works", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    let error: unknown;
    try {
      await env.step(PLATE_PY, undefined, "cadquery");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect(error).toMatchObject({ code: "bad_request", message: '"lang" must be "auto", "javascript", "python", not "cadquery"' });
    expect(env.state().step).toBe(0);
    expect((await env.step(PLATE_PY, undefined, "auto")).step).toBe(1);
  });

  it("takes lang in the line protocol's step request", async () => {
    const env = environment();
    await handleRequest(env, { op: "reset", task_id: "caster_wheel_fork" });
    const answer = await handleRequest(env, { id: 1, op: "step", code: PLATE_PY, lang: "javascript" });
    expect(answer).toMatchObject({ ok: true, observation: { current_lang: "javascript", reward: { failure: { class: "syntax" } } } });
    const refused = await handleRequest(env, { id: 2, op: "step", code: PLATE_PY, lang: 3 });
    expect(refused).toMatchObject({ ok: false, op: "step", error: { code: "bad_request", message: expect.stringContaining('"lang" must be') } });
  });
});
