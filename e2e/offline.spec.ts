import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST_DIR, requireBuild, serveFolder, type StaticServer } from "./support/staticServer";
import { openCodeAndSettle, waitForModelsDrawn } from "./support/workbench";

let server: StaticServer;
test.beforeEach(async () => {
  await requireBuild();
  // A fresh origin per test, so no offline copy is left over from another test.
  server = await serveFolder(DIST_DIR, "/offline/app/");
});
test.afterEach(() => server.close());
test.setTimeout(120_000);

async function builtVersion(): Promise<string> {
  const sw = await readFile(join(DIST_DIR, "sw.js"), "utf8");
  const version = /version:\s*[`"']([0-9a-f]{12})[`"']/.exec(sw)?.[1];
  if (!version) throw new Error("no version found in the built sw.js");
  return version;
}

async function buildsAndScores(page: Page): Promise<void> {
  await waitForModelsDrawn(page, 1);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.locator(".reward-total")).toBeVisible({ timeout: 45_000 });
}

test("after one visit the app reloads, builds and scores with the network off", async ({ page, context }) => {
  const version = await builtVersion();
  await page.goto(server.url);
  await buildsAndScores(page);
  await expect(page.locator(".version-status")).toHaveAttribute("data-offline", "ready", { timeout: 60_000 });
  await expect(page.locator(".version-label")).toContainText(`v ${version}`);

  // The browser's own update check for sw.js escapes Playwright's offline emulation, so the server
  // goes away too: from here on, anything not in the offline copy fails.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await buildsAndScores(page);
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".version-label")).toContainText(`v ${version}`);
  // Text draws offline too: the bundled font is part of the offline copy, read on first use.
  const text = `import { drawText } from "replicad";\nexport default function main() {\n  return drawText("Hi", { fontSize: 20 }).sketchOnPlane().extrude(3);\n}`;
  await openCodeAndSettle(page, "caster_wheel_fork", text);
  expect(await page.evaluate(() => ({ failure: window.__cadforge!.store.getState().failure, parts: window.__cadforge!.store.getState().model?.parts.length }))).toEqual({ failure: null, parts: 1 });
  // The page really is offline: a file the copy does not hold cannot be fetched.
  const missing = await page.evaluate(() => fetch("./not-in-the-copy.txt").then((r) => `status ${r.status}`, (e: Error) => `failed: ${e.message}`));
  expect(missing).toMatch(/^failed/);
});

test("a new build on the server is offered as a reload, and the page runs it after the click", async ({ page }) => {
  const version = await builtVersion();
  await page.goto(server.url);
  await buildsAndScores(page);
  await expect(page.locator(".version-label")).toContainText(`v ${version}`, { timeout: 60_000 });
  await expect(page.locator(".update-waiting")).toHaveCount(0);

  // What a deploy changes: a new sw.js with a new version (its files happen to be the same).
  const next = "0123456789ab";
  const sw = await readFile(join(DIST_DIR, "sw.js"), "utf8");
  server.overrides.set("sw.js", Buffer.from(sw.replaceAll(version, next)));

  await page.reload();
  await expect(page.locator(".update-waiting")).toContainText("New version available", { timeout: 60_000 });
  await expect(page.locator(".version-label")).toContainText(`v ${version}`);
  await Promise.all([page.waitForEvent("load"), page.locator(".update-waiting").getByRole("button", { name: "Reload" }).click()]);
  await expect(page.locator(".version-label")).toContainText(`v ${next}`, { timeout: 30_000 });
  await expect(page.locator(".update-waiting")).toHaveCount(0);
  await buildsAndScores(page);
});

test("after CadQuery has run once, it builds again with the network off", async ({ page, context }) => {
  test.setTimeout(300_000);
  const cadquery = `import cadquery as cq\nresult = cq.Workplane("XY").box(20, 10, 4).faces(">Z").workplane().hole(3)\n`;
  await page.goto(server.url);
  await buildsAndScores(page);
  await expect(page.locator(".version-status")).toHaveAttribute("data-offline", "ready", { timeout: 60_000 });
  await openCodeAndSettle(page, "caster_wheel_fork", cadquery);
  expect(await page.evaluate(() => window.__cadforge!.store.getState().failure)).toBeNull();
  // The service worker stores Pyodide's folder once Python has run; wait until it holds every file:
  // Pyodide's WASM, glue and lock file, the compiled standard library, the interpreter snapshot
  // and our compiled modules.
  await expect
    .poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      const kept = names.filter((name) => name.startsWith("cadforge-first-use:"));
      return kept.length === 1 ? (await (await caches.open(kept[0])).keys()).length : 0;
    }), { timeout: 120_000 })
    .toBe(6);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForModelsDrawn(page, 1);
  const state = await page.evaluate(() => {
    const s = window.__cadforge!.store.getState();
    return { code: s.code, failure: s.failure, parts: s.model?.parts.length };
  });
  expect(state).toEqual({ code: cadquery, failure: null, parts: 1 });
});
