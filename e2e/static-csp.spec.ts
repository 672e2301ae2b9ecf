import { expect, test } from "@playwright/test";
import { DIST_DIR, requireBuild, serveFolder, type StaticServer } from "./support/staticServer";
import { replaceCode, waitForModelsDrawn } from "./support/workbench";
import { plateAndPost } from "./support/fixtures";

let app: StaticServer;
let elsewhere: StaticServer;
test.beforeAll(async () => {
  await requireBuild();
  app = await serveFolder(DIST_DIR, "/app/");
  // Another origin (another port) that would answer if the page could reach it.
  elsewhere = await serveFolder(DIST_DIR, "/");
});
test.afterAll(async () => {
  await app.close();
  await elsewhere.close();
});

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

test("the page's Content-Security-Policy allows load, build, score and Monaco, and blocks other origins", async ({ page }) => {
  const cspConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspConsole.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });

  await page.goto(app.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("connect-src 'self'");
  await waitForModelsDrawn(page, 1);
  await expect(page.locator(".reward-total")).toBeVisible({ timeout: 45_000 });
  await replaceCode(page, plateAndPost);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false", { timeout: 45_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), { timeout: 60_000 }).toBe(true);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(cspConsole).toEqual([]);

  expect((await fetch(elsewhere.url + "index.html")).status, "the other origin answers Node").toBe(200);
  const served = elsewhere.requests.length;
  const outcome = await page.evaluate((url) => fetch(url).then((r) => `reached: ${r.status}`, (e: Error) => `blocked: ${e.message}`), elsewhere.url + "index.html");
  expect(outcome).toMatch(/^blocked/);
  await expect.poll(() => page.evaluate(() => window.__cspViolations)).toEqual([{ directive: "connect-src", blocked: elsewhere.url + "index.html" }]);
  expect(elsewhere.requests.length, "the request never left the page").toBe(served);
});
