import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { runCadforge as cadforge } from "../tests/support/runCadforge";

const TASK = "caster_wheel_fork";
const BROKEN = "const { makeBaseBox } = replicad;\nconst main = () => {\n  return makeBaseBox(10, 10, 10;\n};";

/** An answer without the scorer's timings, the one part that may differ between runs. */
function timeless(answer: any): any {
  const copy = structuredClone(answer);
  for (const obs of [copy.observation, copy].filter((o) => o && "reward" in o && o.reward && "elapsed_ms" in o.reward)) {
    expect(obs.reward.elapsed_ms).toBeDefined();
    delete obs.reward.elapsed_ms;
  }
  return copy;
}

async function agentReady(page: Page, url = "/"): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.cadforge !== undefined, null, { timeout: 30_000 });
}

test.setTimeout(240_000);

test("one episode gives the same answers through window.cadforge and through cadforge env", async ({ page }) => {
  const seed = await readFile(`tasks/${TASK}/seed.js`, "utf8");
  const reference = await readFile(`tasks/${TASK}/reference.js`, "utf8");
  const requests = [
    { op: "reset", task_id: TASK, mode: "fast" },
    { op: "step", code: seed },
    { op: "step", code: BROKEN },
    { op: "step", code: reference },
    { op: "state" },
    { op: "step", code: seed },
    { op: "reset", task_id: "no_such_task" },
  ];

  await agentReady(page);
  const inPage = [];
  for (const request of requests) inPage.push(await page.evaluate((r) => window.cadforge!.request(r), request));

  const { code, stdout, stderr } = await cadforge(["env"], requests.map((r) => JSON.stringify(r)).join("\n") + "\n");
  expect(code, stderr).toBe(0);
  const inNode = stdout.trim().split("\n").map((l) => JSON.parse(l));

  expect(inPage.map((a) => [a.ok, a.op])).toEqual([
    [true, "reset"],
    [true, "step"],
    [true, "step"],
    [true, "step"],
    [true, "state"],
    [false, "step"],
    [false, "reset"],
  ]);
  const done = inPage[3] as any;
  expect(done.observation).toMatchObject({ step: 3, done: true });
  expect(done.observation.reward.reward.total).toBeGreaterThanOrEqual(0.95);
  expect((inPage[2] as any).observation.reward.failure.class).toBe("syntax");
  expect((inPage[5] as any).error.code).toBe("episode_done");
  expect((inPage[6] as any).error.code).toBe("unknown_task");
  for (let i = 0; i < requests.length; i++) {
    const node = inNode[i];
    // The line protocol prefixes refusals with the line they answer; everything else is identical.
    if (!node.ok) node.error.message = node.error.message.replace(/^line \d+: /, "");
    expect(timeless(inPage[i]), `request ${i + 1} (${requests[i].op})`).toEqual(timeless(node));
  }

  // The direct methods are the same environment: a refusal throws with its code.
  const thrown = await page.evaluate(() => window.cadforge!.step("const main = () => 1;").then(() => null, (e) => ({ name: e.name, code: e.code })));
  expect(thrown).toEqual({ name: "EnvError", code: "episode_done" });
});

/**
 * A host page on another origin (a server of its own on another loopback port) that embeds the
 * workbench and talks to it by postMessage. Returns the host's origin.
 */
async function embed(page: Page, frameUrl: (hostOrigin: string) => string): Promise<string> {
  let origin = "";
  const server = createServer((_, response) => {
    response.setHeader("content-type", "text/html");
    response.end(`<!doctype html><title>host</title><iframe id="cad" src="${frameUrl(origin)}" width="900" height="600"></iframe>
<script>
  window.answers = [];
  window.ready = false;
  addEventListener("message", (e) => {
    if (e.data && e.data.cadforge === "cadforge-env") {
      if (e.data.ready) window.ready = true; else window.answers.push({ origin: e.origin, data: e.data });
    }
  });
  window.ask = (request) => document.getElementById("cad").contentWindow.postMessage({ cadforge: "cadforge-env", ...request }, "*");
</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hosts.push(server);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await page.goto(`${origin}/`);
  return origin;
}

const hosts: Server[] = [];
test.afterAll(async () => {
  await Promise.all(hosts.map((server) => new Promise((resolve) => server.close(resolve))));
});

test("an embedding page on an accepted origin drives episodes by postMessage; others get no answer", async ({ page, baseURL }) => {
  await embed(page, (host) => `${baseURL}/?embedOrigins=${encodeURIComponent(host)}`);
  await page.waitForFunction(() => (window as any).ready === true, null, { timeout: 60_000 });
  await page.evaluate(() => {
    const ask = (window as any).ask;
    ask({ id: 1, op: "state" });
    ask({ id: 2, op: "reset", task_id: "caster_wheel_fork" });
    ask({ id: 3, op: "step", code: "const main = () => {" });
  });
  await page.waitForFunction(() => (window as any).answers.length >= 3, null, { timeout: 120_000 });
  const answers = await page.evaluate(() => (window as any).answers);
  expect(answers.every((a: any) => a.origin === baseURL)).toBe(true);
  const byId = Object.fromEntries(answers.map((a: any) => [a.data.id, a.data]));
  expect(byId[1]).toMatchObject({ ok: false, error: { code: "no_episode" } });
  expect(byId[2]).toMatchObject({ ok: true, op: "reset", observation: { task_id: "caster_wheel_fork", step: 0 } });
  expect(byId[3]).toMatchObject({ ok: true, op: "step", observation: { step: 1, reward: { ok: false, failure: { class: "syntax" } } } });
  // The bridge's environment is the embedder's own: the page's window.cadforge has no episode.
  const frame = page.frame({ url: (u) => u.origin === baseURL })!;
  expect(await frame.evaluate(() => window.cadforge!.request({ op: "state" }))).toMatchObject({ ok: false, error: { code: "no_episode" } });

  // A host that the iframe's URL does not name.
  await embed(page, () => `${baseURL}/`);
  const strangerFrame = () => page.frame({ url: (u) => u.origin === baseURL });
  await expect.poll(() => strangerFrame()?.evaluate(() => window.cadforge !== undefined).catch(() => false), { timeout: 60_000 }).toBe(true);
  await page.evaluate(() => (window as any).ask({ id: 9, op: "tasks" }));
  await expect.poll(() => strangerFrame()!.evaluate(() => window.cadforge!.bridge.rejected)).toBe(1);
  expect(await page.evaluate(() => (window as any).answers.length)).toBe(0);
  expect(await page.evaluate(() => (window as any).ready)).toBe(false);
});

test("the curriculum view charts an imported rollouts file and exports what cadforge curriculum writes", async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), "cadforge-agent-"));
  const seed = await readFile(`tasks/${TASK}/seed.js`, "utf8");
  const candidates = [
    { id: "seed", task_id: TASK, code: seed },
    { id: "broken", task_id: TASK, code: BROKEN },
    { id: "api", task_id: "axial_motor_stator_12_slot", code: "const { makeGear } = replicad;\nconst main = () => makeGear(3);" },
    { id: "ref", task_id: TASK, code: await readFile(`tasks/${TASK}/reference.js`, "utf8") },
  ];
  await writeFile(join(dir, "candidates.jsonl"), candidates.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const scored = await cadforge(["score", "--jsonl", join(dir, "candidates.jsonl"), "--workers", "1"], "");
  expect(scored.code, scored.stderr).toBe(0);
  const rollouts = scored.stdout.trim().split("\n").map((l, i) => JSON.stringify({ ...JSON.parse(l), code: candidates[i].code })).join("\n") + "\nnot a rollout\n";
  await writeFile(join(dir, "rollouts.jsonl"), rollouts);
  const fromNode = await cadforge(["curriculum", join(dir, "rollouts.jsonl")], "");
  expect(fromNode.code, fromNode.stderr).toBe(0);

  await agentReady(page);
  await page.getByRole("button", { name: "Curriculum" }).click();
  const view = page.getByRole("dialog", { name: "Repair curriculum" });
  await view.locator('input[type="file"]').setInputFiles(join(dir, "rollouts.jsonl"));
  await expect(view.getByRole("alert")).toContainText("line 5: not valid JSON");
  await expect(view.locator(".curriculum-summary")).toContainText("4 rollouts, 2 built, 1 need no repair, 3 repair prompts");
  const classes = view.getByLabel("Failures by class").locator(".bar-row");
  await expect(classes).toHaveCount(3);
  expect(await classes.evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-label"), r.getAttribute("data-count")]))).toEqual([
    ["syntax", "1"],
    ["invented_api", "1"],
    ["weak_semantics", "1"],
  ]);
  const tasks = view.getByLabel("Failures by task").locator(".bar-row");
  expect(await tasks.evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-label"), r.getAttribute("data-count")]))).toEqual([
    [TASK, "2"],
    ["axial_motor_stator_12_slot", "1"],
  ]);
  await expect(view.locator("tbody tr")).toHaveCount(3);

  const download = page.waitForEvent("download");
  await view.getByRole("button", { name: "Export JSONL" }).click();
  const file = await (await download).path();
  expect(await readFile(file, "utf8")).toBe(fromNode.stdout);
});
