import { expect, test, type Page } from "@playwright/test";
import { plateOnly, nativeHang } from "./support/fixtures";
import { waitForModelsDrawn } from "./support/workbench";

const status = (page: Page) => page.getByRole("status");
const banner = (page: Page) => page.getByRole("region", { name: "Safe mode" });

async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => window.__cadforge!.store.setCode(text), code);
}

/** Gives a build that would start on its own the time to start, then checks none did. */
async function expectNoBuild(page: Page): Promise<void> {
  await page.waitForTimeout(2_000);
  await expect(status(page)).toHaveAttribute("data-outcome", "none");
  expect(await page.evaluate(() => window.__cadforge!.store.getState().lastBuild)).toBeNull();
}

test("code whose build was under way when the page closed opens in safe mode; Run it builds it", async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await first.goto("/?timeLimitS=60");
  await waitForModelsDrawn(first, 1);
  await setCode(first, nativeHang);
  await expect(status(first)).toHaveAttribute("data-building", "true");
  await first.close();

  const page = await context.newPage();
  await page.goto("/?timeLimitS=2");
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText("the page closed or crashed while it was building");
  await expectNoBuild(page);
  // Monaco loads after the first build, so safe mode shows the code in the plain editor.
  await expect(page.getByLabel("Model code")).toHaveValue(nativeHang);

  await banner(page).getByRole("button", { name: "Run it" }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(status(page)).toHaveAttribute("data-failure-class", "timeout");

  // It timed out, so it still does not run on its own.
  await page.reload();
  await expect(banner(page)).toContainText("did not finish within the wall-clock backstop");
  await expectNoBuild(page);

  // An edit is the user's own choice to build; once it builds, the page opens normally again.
  await page.getByLabel("Model code").fill(plateOnly);
  await expect(banner(page)).toHaveCount(0);
  await waitForModelsDrawn(page, 1);
  await page.reload();
  await waitForModelsDrawn(page, 1);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
});

test("a page that closes after an ordinary build opens normally and builds at once", async ({ context }) => {
  const first = await context.newPage();
  await first.goto("/");
  await waitForModelsDrawn(first, 1);
  await first.close();
  const page = await context.newPage();
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await expect(banner(page)).toHaveCount(0);
});
