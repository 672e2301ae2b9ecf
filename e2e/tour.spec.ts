import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.setTimeout(240_000);

test("the welcome page starts a tour that plays each stop's trajectory and ends in the editor", async ({ page }) => {
  await page.goto("/?view=welcome");
  await expect(page.getByRole("heading", { name: "CADForge" })).toBeVisible();
  await page.screenshot({ path: "test-results/tour-welcome.png" });
  await page.getByRole("button", { name: "Start the tour" }).click();

  const caption = page.getByRole("region", { name: "Tour" });
  await expect(caption).toContainText("Stop 1 of 3");
  // It plays on its own: the last step becomes the selected one without a click.
  await expect(page.locator(".step-card[aria-pressed=true]")).toHaveAttribute("data-step", "3", { timeout: 120_000 });
  await expect(caption.locator(".tour-verdict")).toContainText(/Total \d\.\d\d → \d\.\d\d: /, { timeout: 60_000 });
  await page.screenshot({ path: "test-results/tour-stop1.png" });

  await page.getByRole("button", { name: "Next stop" }).click();
  await expect(caption).toContainText("Stop 2 of 3");
  await expect(caption).toContainText("A kernel error, then the repair");
  await expect(page.locator(".step-card[data-step='2']")).toHaveAttribute("data-state", "failed", { timeout: 120_000 });
  await expect(page.locator(".step-card[data-step='2']")).toContainText("fails: kernel_error");
  await page.locator(".step-card[data-step='2']").click();
  await expect(caption.locator(".tour-verdict")).toContainText("It does not build (kernel_error)");
  await page.screenshot({ path: "test-results/tour-stop2.png" });

  await page.getByRole("button", { name: "Next stop" }).click();
  await expect(caption).toContainText("Stop 3 of 3");
  await page.getByRole("button", { name: "Open the editor" }).click();
  await expect(page.locator(".app")).toHaveAttribute("data-view", "editor");
  const code = await page.evaluate(() => window.__cadforge!.store.getState().code);
  expect(code).toBe(readFileSync(new URL("../tasks/wall_j_hook_120n/reference.js", import.meta.url), "utf8"));
  await expect(page.locator(".parts-list li .part-name").first()).toBeVisible({ timeout: 30_000 });
});
