import { expect, test, type Page } from "@playwright/test";
import { encodeShareHash } from "../src/share";
import { plateOnly } from "./support/fixtures";
import { DIST_DIR, requireBuild, serveFolder, type StaticServer } from "./support/staticServer";
import { replaceCode, waitForModelsDrawn } from "./support/workbench";

const TASK = "wall_j_hook_120n";

/** A model with one parameter of each kind a link carries; the parts list shows each value's effect. */
const threeKinds = `const { makeBaseBox, makeCylinder } = replicad;

const defaultParams = { width: 80, label: "plate", withPost: true };

const main = (r, { width, label, withPost }) => {
  const parts = [{ shape: makeBaseBox(width, 60, 8), name: label, color: "#2f6fde" }];
  if (withPost) parts.push({ shape: makeCylinder(8, 40).translate([0, 0, 8]), name: "post", color: "#e0842a" });
  return parts;
};
`;

let server: StaticServer;
test.beforeAll(async () => {
  await requireBuild();
  server = await serveFolder(DIST_DIR, "/cad/");
});
test.afterAll(() => server.close());
test.use({ serviceWorkers: "block" });

const storeState = (page: Page) => page.evaluate(() => {
  const { task, code, params } = window.__cadforge!.store.getState();
  return { taskId: task.id, code, params };
});

test("a share link round-trips task, code and parameter values into a fresh browser", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await page.goto(server.url);
  await waitForModelsDrawn(page, 1);
  await page.evaluate((id) => window.__cadforge!.store.selectTask(id), TASK);
  await replaceCode(page, threeKinds);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  await page.locator("#param-width").fill("95");
  await page.locator("#param-label").fill("base");
  await page.locator("#param-withPost").uncheck();
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["base"]);
  const shared = await storeState(page);
  expect(shared.params).toEqual({ width: 95, label: "base", withPost: false });

  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator(".share-popover")).toContainText("Link copied");
  const link = await page.locator(".share-link").inputValue();
  expect(link.startsWith(server.url + "#share=")).toBe(true);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Another browser profile: no saved code, nothing in common with the first but the link.
  const other = await browser.newContext({ serviceWorkers: "block" });
  const opened = await other.newPage();
  await opened.goto(link);
  await waitForModelsDrawn(opened, 1);
  await expect(opened.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  expect(await storeState(opened)).toEqual(shared);
  await expect(opened.locator(".parts-list li .part-name")).toHaveText(["base"]);
  await expect(opened.locator("#param-width")).toHaveValue("95");
  await expect(opened.locator("#param-label")).toHaveValue("base");
  await expect(opened.locator("#param-withPost")).not.toBeChecked();
  expect(await opened.evaluate((id) => localStorage.getItem(`cadforge:code:${id}`), TASK), "opening a link saves nothing over the user's code").toBeNull();

  // Pasting another link into the same tab changes only the hash; the page opens it.
  const second = await encodeShareHash({ taskId: TASK, code: plateOnly, params: {} });
  await opened.evaluate((hash) => (location.hash = hash), second);
  await expect.poll(() => storeState(opened).catch(() => null)).toEqual({ taskId: TASK, code: plateOnly, params: {} });
  await expect(opened.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  await other.close();
});

test("a bad link says what is wrong and the app opens with the user's own saved code", async ({ page }) => {
  await page.goto(server.url);
  await waitForModelsDrawn(page, 1);
  await page.evaluate((id) => window.__cadforge!.store.selectTask(id), TASK);
  await replaceCode(page, plateOnly);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  const saved = await storeState(page);
  expect(saved.code).toContain("makeBaseBox(80, 60, 8)");

  const unknownTask = await encodeShareHash({ taskId: "no_such_task", code: threeKinds, params: {} });
  const valid = await encodeShareHash({ taskId: TASK, code: threeKinds, params: {} });
  const cases = [
    { hash: unknownTask, says: 'field task: no task "no_such_task" in this page\'s catalogue' },
    { hash: valid.slice(0, -12), says: "the link's data cannot be unpacked: it is not valid deflate data" },
    { hash: "#share=not*base64", says: 'the link\'s data is not base64url: character "*" at position 4 is not base64url' },
  ];
  for (const { hash, says } of cases) {
    await page.goto("about:blank");
    await page.goto(server.url + hash);
    await expect(page.locator(".settings-notice")).toContainText(`Share link not opened: ${says}`);
    await waitForModelsDrawn(page, 1);
    expect(await storeState(page)).toEqual(saved);
    await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate"]);
  }
});
