import { expect, test } from "@playwright/test";
import { modelCoverage, waitForModelsDrawn } from "./support/workbench";

test("the page loads with no console errors and draws the default model", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");

  const mark = await page.evaluate(() => performance.getEntriesByName("cadforge:first-model").length);
  expect(mark).toBe(1);

  const coverage = await modelCoverage(page);
  expect(coverage.vivid, "share of the viewer covered by coloured model faces").toBeGreaterThan(0.01);
  await expect(page.locator(".parts-list li .part-name")).not.toHaveCount(0);

  // Monaco arrives after the model; its load must be clean too.
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
