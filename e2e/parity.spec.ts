import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
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
    }
  });
}
