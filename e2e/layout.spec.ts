import { expect, test } from "@playwright/test";
import { modelCoverage, waitForModelsDrawn } from "./support/workbench";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone the panes stack, the viewer keeps a usable height and the textarea editor stays", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const viewer = await page.locator(".viewer").boundingBox();
  expect(viewer!.height, "viewer height on an 844 px tall screen").toBeGreaterThan(844 * 0.45);
  expect(viewer!.width).toBeGreaterThan(380);
  expect((await modelCoverage(page)).vivid).toBeGreaterThan(0.01);
  await expect(page.locator(".textarea-editor textarea")).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-editor="monaco"]')).toHaveCount(0);
});
