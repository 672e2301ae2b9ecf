import { expect, test, type Page } from "@playwright/test";
import { loadCatalogueFromDisk } from "../src/tasks/loadFromDisk";
import { runCadforge } from "../tests/support/runCadforge";
import { waitForModelsDrawn } from "./support/workbench";

const CARD_TASKS = ["caster_wheel_fork", "axial_motor_stator_12_slot"];

/** The result without its timings, the one part that may differ between runs. */
function timeless(result: Record<string, unknown>): Record<string, unknown> {
  const { elapsed_ms, id: _id, line: _line, ...rest } = result;
  expect(elapsed_ms).toBeDefined();
  return rest;
}

/** Scores candidates with the Node command, one JSONL batch: results in input order. */
async function scoreInNode(candidates: { taskId: string; code: string }[]): Promise<Record<string, unknown>[]> {
  const input = candidates.map((c, i) => JSON.stringify({ id: String(i), task_id: c.taskId, code: c.code })).join("\n");
  const run = await runCadforge(["score", "--jsonl", "-", "--workers", "1", "--mode", "fast"], input);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim().split("\n").map((line) => JSON.parse(line));
}

const scoreInPage = (page: Page, taskId: string, code: string) =>
  page.evaluate(([id, text]) => window.__cadforge!.store.scoreCode(id, text, "fast"), [taskId, code] as const) as unknown as Promise<Record<string, unknown>>;

test("the page's worker and the Node command give the same score JSON for every reference, seed and trajectory step", async ({ page }) => {
  test.setTimeout(1_800_000);
  const candidates = (await loadCatalogueFromDisk()).tasks.flatMap((task) => [
    ...task.references.map((code, i) => ({ name: `${task.id} reference ${i + 1}`, taskId: task.id, code })),
    { name: `${task.id} seed`, taskId: task.id, code: task.seed },
    ...task.trajectory.map((step, i) => ({ name: `${task.id} step ${i + 1}`, taskId: task.id, code: step.code })),
  ]);
  expect(candidates.length).toBeGreaterThan(100);
  const inNode = await scoreInNode(candidates);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const differing: string[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const inPage = await scoreInPage(page, candidate.taskId, candidate.code);
    const a = JSON.stringify(timeless(inPage));
    const b = JSON.stringify(timeless(inNode[i]));
    if (a !== b) differing.push(`${candidate.name}: page ${a.slice(0, 400)} | node ${b.slice(0, 400)}`);
  }
  expect(differing).toEqual([]);
});

// The engines' own Math functions differ in their last bits (Node 20's V8 and Chromium's disagree
// on most of them); candidate code must see the same numbers everywhere. The digest is read back
// from the failure the candidate throws, in both places.
const MATH_DIGEST = `
const main = () => {
  let s = 12345;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const fns = {
    sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: (a) => Math.asin(a % 1), acos: (a) => Math.acos(a % 1),
    atan: Math.atan, atan2: (a) => Math.atan2(a, 0.37), sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh,
    asinh: Math.asinh, acosh: (a) => Math.acosh(1 + a), atanh: (a) => Math.atanh(a % 1), exp: Math.exp,
    expm1: Math.expm1, log: Math.log, log1p: Math.log1p, log2: Math.log2, log10: Math.log10, cbrt: Math.cbrt,
    pow: (a) => Math.pow(a, 1.37), cube: (a) => a ** 3, root: (a) => a ** 0.5, third: (a) => a ** (1 / 3),
  };
  const digest = {};
  const buf = new Float64Array(1);
  const words = new Uint32Array(buf.buffer);
  for (const [name, f] of Object.entries(fns)) {
    let h = 0;
    for (let i = 0; i < 5000; i++) {
      buf[0] = f(rnd() * 20 - 2 + 0.001);
      h = (Math.imul(h, 31) + (words[0] ^ words[1])) >>> 0;
    }
    digest[name] = h;
  }
  throw new Error(JSON.stringify(digest));
};`;

test("candidate code computes the same last bits of every Math function and of ** in the page and in Node", async ({ page }) => {
  test.setTimeout(240_000);
  const [inNode] = await scoreInNode([{ taskId: CARD_TASKS[0], code: MATH_DIGEST }]);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const inPage = await scoreInPage(page, CARD_TASKS[0], MATH_DIGEST);
  const digestOf = (result: Record<string, unknown>) => {
    const message = (result.failure as { message: string }).message;
    return JSON.parse(message.slice(message.indexOf("{")));
  };
  const node = digestOf(inNode);
  expect(Object.keys(node)).toHaveLength(24);
  expect(digestOf(inPage)).toEqual(node);
});

for (const taskId of CARD_TASKS) {
  test(`the reward card shows the score the Node command gives for ${taskId}`, async ({ page }) => {
    test.setTimeout(240_000);
    const task = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === taskId)!;
    const codes = [task.references[0], task.seed];
    const inNode = await scoreInNode(codes.map((code) => ({ taskId, code })));
    await page.goto("/");
    await waitForModelsDrawn(page, 1);
    for (const [i, code] of codes.entries()) {
      // The build worker scores the model it has just drawn, measuring the viewer's tessellation
      // instead of making its own. It must not differ either.
      const onCard = await cardScoreOf(page, taskId, code);
      expect(timeless(onCard), `${i === 0 ? "reference" : "seed"}: reward card vs Node`).toEqual(timeless(inNode[i]));
    }
  });
}

/** Opens `code` on `taskId` as the user's, and waits for the reward card's score of that build. */
async function cardScoreOf(page: Page, taskId: string, code: string): Promise<Record<string, unknown>> {
  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [taskId, code] as const);
  await page.waitForFunction(
    (text) => {
      const state = window.__cadforge!.store.getState();
      return state.code === text && !state.building && !state.scoring && state.score !== null;
    },
    code,
    { timeout: 60_000 },
  );
  const { score, model } = await page.evaluate(() => {
    const state = window.__cadforge!.store.getState();
    return { score: state.score, model: state.model && { meshMs: state.model.meshMs } };
  });
  expect(model, "the card's model was drawn").not.toBeNull();
  const elapsed = (score as unknown as { elapsed_ms: { mesh?: number } }).elapsed_ms;
  // The tessellation the score reports is the one the viewer received, not one made for scoring.
  expect(elapsed.mesh).toBe(Math.round(model!.meshMs));
  return score as unknown as Record<string, unknown>;
}
