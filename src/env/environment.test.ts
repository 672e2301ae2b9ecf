import { beforeAll, describe, expect, it } from "vitest";
import { loadNodeKernel } from "../kernel/nodeKernel";
import type { Kernel } from "../kernel";
import { scoreCandidate } from "../scorer";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Task } from "../tasks/types";
import { CadEnvironment, DONE_TOTAL, EnvError, handleRequest, MAX_STEPS } from "./index";

let kernel: Kernel;
let tasks: Task[];
let caster: Task;

/** The real scorer, in this process: the environment is handed it as any host would. */
function environment(scored: string[] = []): CadEnvironment {
  return new CadEnvironment({
    tasks,
    score: (task, code, mode) => {
      scored.push(task.id);
      return scoreCandidate(kernel, task, code, { mode });
    },
  });
}

async function refusal(action: () => unknown): Promise<EnvError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error("expected the environment to refuse");
}

const brokenSyntax = "const main = () => {";

beforeAll(async () => {
  kernel = await loadNodeKernel();
  tasks = (await loadCatalogueFromDisk()).tasks;
  caster = tasks.find((t) => t.id === "caster_wheel_fork")!;
});

describe("CadEnvironment", () => {
  it("starts an episode on the task's seed with its brief and constraints, and no reward yet", () => {
    const env = environment();
    const obs = env.reset("caster_wheel_fork", { mode: "fast" });
    expect(obs).toMatchObject({ task_id: caster.id, task_brief: caster.prompt, current_code: caster.seed, reward: null, notes: [], step: 0, done: false });
    expect(obs.constraints.envelope_mm).toEqual(caster.envelope);
    expect(obs.constraints.checklist.map((i) => i.id)).toEqual(caster.checklist.map((i) => i.id));
    expect(obs.constraints).toMatchObject({ mode: "fast", max_steps: MAX_STEPS, done_total: DONE_TOTAL });
    expect(env.state()).toEqual(obs);
    expect(env.tasks().map((t) => t.task_id)).toEqual(tasks.map((t) => t.id));
  });

  it("refuses an unknown task by name, listing the known ones, and keeps the current episode", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    const error = await refusal(() => env.reset("caster_wheel"));
    expect(error.code).toBe("unknown_task");
    expect(error.message).toContain('"caster_wheel"');
    expect(error.message).toContain("caster_wheel_fork");
    expect(env.state().task_id).toBe("caster_wheel_fork");
    expect((await refusal(() => env.reset("caster_wheel_fork", { mode: "slow" }))).code).toBe("bad_request");
  });

  it("refuses step and state before any reset", async () => {
    const env = environment();
    expect((await refusal(() => env.step(caster.seed))).code).toBe("no_episode");
    expect((await refusal(() => env.state())).code).toBe("no_episode");
  });

  it("scores a step against the episode's task and never switches task", async () => {
    const scored: string[] = [];
    const env = environment(scored);
    env.reset("caster_wheel_fork");
    const mismatch = await refusal(() => env.step(caster.seed, "axial_motor_stator_12_slot"));
    expect(mismatch.code).toBe("task_mismatch");
    expect(scored).toEqual([]);
    const obs = await env.step(caster.seed, "caster_wheel_fork");
    expect(scored).toEqual(["caster_wheel_fork"]);
    expect(obs.reward?.task_id).toBe("caster_wheel_fork");
    expect(obs.reward?.ok).toBe(true);
    expect(obs.notes).toEqual(obs.reward?.notes);
    expect(obs).toMatchObject({ step: 1, done: false, current_code: caster.seed });
  });

  it("is done once the total reaches the threshold, and refuses a step after that", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    const failed = await env.step(brokenSyntax);
    expect(failed).toMatchObject({ step: 1, done: false });
    expect(failed.reward?.failure?.class).toBe("syntax");
    const finished = await env.step(caster.reference);
    expect(finished.reward!.reward.total).toBeGreaterThanOrEqual(DONE_TOTAL);
    expect(finished).toMatchObject({ step: 2, done: true });
    const after = await refusal(() => env.step(caster.reference));
    expect(after.code).toBe("episode_done");
    expect(env.state()).toEqual(finished);
  });

  it("is done after the step limit even when nothing builds", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    for (let i = 1; i <= MAX_STEPS; i++) expect((await env.step(brokenSyntax)).done).toBe(i === MAX_STEPS);
    expect((await refusal(() => env.step(caster.seed))).code).toBe("episode_done");
  });

  it("keeps episodes independent: a reset forgets the last one, and two environments never share one", async () => {
    const a = environment();
    const b = environment();
    a.reset("caster_wheel_fork");
    b.reset("axial_motor_stator_12_slot");
    await a.step(brokenSyntax);
    expect(b.state()).toMatchObject({ task_id: "axial_motor_stator_12_slot", step: 0, reward: null });
    const fresh = a.reset("caster_wheel_fork");
    expect(fresh).toMatchObject({ step: 0, reward: null, done: false, current_code: caster.seed });
    const obs = a.state();
    obs.step = 99;
    expect(a.state().step).toBe(0);
  });

  it("runs one step at a time", async () => {
    const env = environment();
    env.reset("caster_wheel_fork");
    const first = env.step(caster.seed);
    expect((await refusal(() => env.step(caster.seed))).code).toBe("busy");
    expect((await refusal(() => env.reset("caster_wheel_fork"))).code).toBe("busy");
    expect((await first).step).toBe(1);
  });

  it("answers requests as data: ops, ids, and refusals with their code", async () => {
    const env = environment();
    expect(await handleRequest(env, { id: "a", op: "state" })).toMatchObject({ id: "a", ok: false, op: "state", error: { code: "no_episode" } });
    expect(await handleRequest(env, { op: "reset", task_id: "caster_wheel_fork" })).toMatchObject({ id: null, ok: true, op: "reset", observation: { step: 0 } });
    expect(await handleRequest(env, { op: "step" })).toMatchObject({ ok: false, op: "step", error: { code: "bad_request" } });
    expect(await handleRequest(env, { op: "jump" })).toMatchObject({ ok: false, op: "jump", error: { code: "unknown_op" } });
    expect(await handleRequest(env, "reset")).toMatchObject({ ok: false, op: null, error: { code: "bad_request" } });
    expect(await handleRequest(env, { id: 3, op: "tasks" })).toMatchObject({ id: 3, ok: true, op: "tasks" });
  });
});
