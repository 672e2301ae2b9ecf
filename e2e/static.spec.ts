import { expect, test } from "@playwright/test";
import { DIST_DIR, requireBuild, serveFolder, type StaticServer } from "./support/staticServer";
import { waitForModelsDrawn } from "./support/workbench";

const PREFIX = "/some/sub/path/";
let server: StaticServer;

test.beforeAll(async () => {
  await requireBuild();
  server = await serveFolder(DIST_DIR, PREFIX);
});
test.afterAll(() => server.close());

// Plain static hosting only: no service worker may answer for the server.
test.use({ serviceWorkers: "block" });

test("the built app works from a plain static server under a sub-path: it builds, scores and loads Monaco", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });

  await page.goto(server.url);
  await waitForModelsDrawn(page, 1);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.locator(".reward-total")).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeVisible({ timeout: 30_000 });

  const paths = server.requests.map((r) => r.path);
  expect(paths.some((p) => p.endsWith(".wasm")), "the kernel's WASM came from the sub-path").toBe(true);
  expect(paths.filter((p) => p.includes(".worker-") || p.includes("cadWorker-")).length, "worker scripts came from the sub-path").toBeGreaterThan(1);
  expect(server.requests.filter((r) => r.status !== 200 || !r.path.startsWith(PREFIX))).toEqual([]);
  expect(errors).toEqual([]);
});
