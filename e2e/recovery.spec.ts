import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { memoryHog, plateAndPost, plateOnly } from "./support/fixtures";
import { editorText, modelCoverage, modelsDrawn, replaceCode, waitForModelsDrawn } from "./support/workbench";

const status = (page: Page) => page.getByRole("status");

async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => window.__cadforge!.store.setCode(text), code);
}

async function exportBytes(page: Page, format: "STL" | "STEP"): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: format, exact: true }).click()]);
  return readFile(await download.path());
}

test("past the heap limit the worker is recycled between builds and the model never leaves the screen", async ({ page }) => {
  // Any heap is past 1 MB, so every build ends with a recycle.
  await page.goto("/?heapLimitMb=1");
  await waitForModelsDrawn(page, 1);
  await expect(page.getByLabel("Recycle at (MB)")).toHaveValue("1");
  await expect(status(page)).toHaveAttribute("data-recycles", /^[1-9]/);

  // Screenshots taken all through the builds and recycles: every one shows the model.
  let sampling = true;
  const coverages: number[] = [];
  const sampler = (async () => {
    while (sampling) coverages.push((await modelCoverage(page)).vivid);
  })();
  for (let i = 0; i < 3; i++) {
    const drawn = await modelsDrawn(page);
    const recycles = Number(await status(page).getAttribute("data-recycles"));
    await setCode(page, plateAndPost.replace("postHeight: 40", `postHeight: ${30 + 10 * i}`));
    await waitForModelsDrawn(page, drawn + 1);
    await expect(status(page)).toHaveAttribute("data-recycles", String(recycles + 1));
    await expect(status(page)).toHaveAttribute("data-outcome", "built");
  }
  sampling = false;
  await sampler;
  expect(coverages.length).toBeGreaterThan(3);
  expect(Math.min(...coverages), "model pixels in every frame sampled during recycling").toBeGreaterThan(0.01);
  await expect(status(page)).toHaveAttribute("data-restarts", "0");
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);

  // The recycled worker holds the model on screen: exports need no rebuild and match it.
  const stl = await exportBytes(page, "STL");
  const triangles = stl.readUInt32LE(80);
  expect(triangles).toBeGreaterThan(12);
  expect(stl.length).toBe(84 + 50 * triangles);
  let top = -Infinity;
  for (let t = 0; t < triangles; t++) for (let v = 0; v < 3; v++) top = Math.max(top, stl.readFloatLE(84 + t * 50 + 12 + v * 12 + 8));
  expect(top, "the post of the last build (50 mm) tops the exported model").toBeCloseTo(58, 3);
  const step = (await exportBytes(page, "STEP")).toString("latin1");
  expect(step.startsWith("ISO-10303-21;")).toBe(true);
  expect(step).toContain("'post'");
});

test("a bad heap limit in the URL is reported and the default kept", async ({ page }) => {
  await page.goto("/?heapLimitMb=lots");
  await waitForModelsDrawn(page, 1);
  await expect(page.getByRole("alert").filter({ hasText: 'heapLimitMb="lots" ignored' })).toBeVisible();
  await expect(page.getByLabel("Recycle at (MB)")).toHaveValue("1024");
});

test("a worker that closes itself is noticed at once as a crash; the page restarts it and keeps the code", async ({ page }) => {
  // Nothing inside the worker can close it any more (its lockdown took `close` away; only the
  // worker itself closes when a candidate damaged its realm), so the worker is ended from the page
  // behind the client's back, the way the browser kills one: no answer, no event.
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await replaceCode(page, plateOnly);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  // Idle, as a worker is between edits: the build worker also scores the model it has just drawn.
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false");
  await page.evaluate(() => (window.__cadforge!.store as unknown as { client: { session: { worker: Worker } } }).client.session.worker.terminate());
  await expect(status(page)).toHaveAttribute("data-failure-class", "kernel_error", { timeout: 5_000 });
  await expect(status(page)).toContainText("the CAD worker stopped");
  await expect(status(page)).toHaveAttribute("data-restarts", "1");
  expect(await editorText(page)).toContain('name: "plate"');

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(status(page)).toHaveAttribute("data-outcome", "built");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  expect((await modelCoverage(page)).vivid).toBeGreaterThan(0.01);
});

test("running out of memory is reported, the worker replaced, and the next build works", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await setCode(page, memoryHog);
  // Filling the heap takes its time on a busy machine: beside another suite it took over 30 s.
  await expect(status(page)).toHaveAttribute("data-failure-class", "out_of_memory", { timeout: 180_000 });
  await expect(status(page)).toContainText("line 3");
  await expect(status(page)).toHaveAttribute("data-restarts", "1");
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "stale");
  expect(await editorText(page)).toContain("new Float64Array");

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(status(page)).toHaveAttribute("data-outcome", "built");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
});
