import { expect, test } from "@playwright/test";
import { nativeHang, plateAndPost, plateOnly, runawayLoop, syntaxError } from "./support/fixtures";
import { modelCoverage, modelsDrawn, replaceCode, waitForModelsDrawn } from "./support/workbench";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
});

test("an edit rebuilds the model", async ({ page }) => {
  await replaceCode(page, plateOnly);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  const before = await modelCoverage(page);

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  const after = await modelCoverage(page);
  expect(Math.abs(after.vivid - before.vivid), "the post changes what the viewer shows").toBeGreaterThan(0.002);

  // The parameter panel comes from defaultParams; changing a value rebuilds with it.
  const drawnBeforeParam = await modelsDrawn(page);
  await page.getByLabel("postHeight").fill("120");
  await waitForModelsDrawn(page, drawnBeforeParam + 1);
  const taller = await modelCoverage(page);
  expect(taller.vivid).toBeGreaterThan(after.vivid);
});

test("a syntax error marks the line and keeps the last model, dimmed", async ({ page }) => {
  await replaceCode(page, plateOnly);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  const current = await modelCoverage(page);

  await replaceCode(page, syntaxError);
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "syntax");
  await expect(page.getByRole("status")).toContainText("line 4:38");
  const squiggle = page.locator('[data-editor="monaco"] .squiggly-error');
  await expect(squiggle).toHaveCount(1);

  // The marker sits on line 4: its overlay row has the same top as the view line showing line 4's
  // text. Monaco re-lays out and recycles line elements after a text change, so the two tops are
  // compared until they settle rather than read once.
  const lineFour = page.locator('[data-editor="monaco"] .view-line', { hasText: "makeBaseBox(80, 60, 8;" });
  const tops = () =>
    Promise.all([
      lineFour.evaluate((el) => parseFloat((el as HTMLElement).style.top)),
      squiggle.evaluate((el) => parseFloat((el.parentElement as HTMLElement).style.top)),
    ]);
  await expect.poll(async () => {
    const [line, marker] = await tops();
    return line > 0 && marker === line;
  }, { message: "the error marker is on the row of line 4" }).toBe(true);

  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "stale");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  const stale = await modelCoverage(page);
  expect(stale.vivid, "the old model is no longer drawn at full colour").toBeLessThan(current.vivid * 0.25);
  expect(stale.tinted, "but it is still on screen, faded, over most of its area").toBeGreaterThan(current.vivid * 0.2);
});

test("a runaway loop uses up its work budget: a timeout at its line, the worker goes on, and the next build works", async ({ page }) => {
  await replaceCode(page, runawayLoop);
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "timeout", { timeout: 30_000 });
  await expect(page.getByRole("status")).toContainText("work budget");
  await expect(page.getByRole("status")).not.toContainText("restarted");
  await expect(page.locator('[data-editor="monaco"] .squiggly-error')).toHaveCount(1);

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
});

test("code that hangs where no budget counts meets the wall-clock backstop: the worker is replaced and the next build works", async ({ page }) => {
  await page.getByLabel("Backstop (s)").fill("2");
  await replaceCode(page, nativeHang);
  await expect(page.getByRole("status")).toHaveAttribute("data-building", "true");
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "timeout", { timeout: 15_000 });
  await expect(page.getByRole("status")).toContainText("wall-clock");
  await expect(page.getByRole("status")).toContainText("restarted 1");

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  expect((await modelCoverage(page)).vivid).toBeGreaterThan(0.01);
});

test("Cancel stops a running build: its own outcome, not a failure, not scored, last model kept", async ({ page }) => {
  await replaceCode(page, plateOnly);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false");
  const shown = await modelCoverage(page);

  await replaceCode(page, nativeHang);
  await expect(page.getByRole("status")).toHaveAttribute("data-building", "true");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status")).toHaveAttribute("data-building", "false");
  await expect(page.getByRole("status")).toHaveAttribute("data-outcome", "cancelled");
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "");
  await expect(page.getByRole("status")).toContainText("Build cancelled");
  await expect(page.getByRole("status")).not.toContainText("timeout");
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false");
  await expect(page.locator('[data-editor="monaco"] .squiggly-error')).toHaveCount(0);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  expect((await modelCoverage(page)).tinted, "the last model is still on screen").toBeGreaterThan(shown.vivid * 0.2);

  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateOnly);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
});
