import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { waitForModelsDrawn } from "./support/workbench";

const run = promisify(execFile);
const TASKS = ["caster_wheel_fork", "axial_motor_stator_12_slot"];
const CANDIDATES = ["reference.js", "seed.js"];

/** The result without its timings, the one part that may differ between runs. */
function timeless(result: Record<string, unknown>): Record<string, unknown> {
  const { elapsed_ms, ...rest } = result;
  expect(elapsed_ms).toBeDefined();
  return rest;
}

test.setTimeout(240_000);

for (const taskId of TASKS) {
  test(`the page's worker and the Node command give the same score JSON for ${taskId}`, async ({ page }) => {
    await page.goto("/");
    await waitForModelsDrawn(page, 1);
    for (const candidate of CANDIDATES) {
      const file = `tasks/${taskId}/${candidate}`;
      const code = await readFile(file, "utf8");
      const inPage = await page.evaluate(([id, text]) => window.__cadforge!.store.scoreCode(id, text, "fast"), [taskId, code] as const);
      const { stdout } = await run("node", ["bin/cadforge.mjs", "score", "--task", taskId, "--mode", "fast", file], { maxBuffer: 64 * 1024 * 1024 });
      const inNode = JSON.parse(stdout);
      expect(inPage.ok, `${file} builds`).toBe(true);
      expect(timeless(inPage as unknown as Record<string, unknown>), `${file}: browser vs Node`).toEqual(timeless(inNode));

      // The reward card's score: the build worker scores the model it has just drawn, measuring
      // the viewer's tessellation instead of making its own. It must not differ either.
      const onCard = await cardScoreOf(page, taskId, code);
      expect(timeless(onCard), `${file}: reward card vs Node`).toEqual(timeless(inNode));
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
