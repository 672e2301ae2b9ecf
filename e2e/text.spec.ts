import { expect, test, type Page } from "@playwright/test";
import { openCodeAndSettle, waitForModelsDrawn } from "./support/workbench";

/** Opens `code` as the user's on the caster task and waits for its build to settle (drawn or failed). */
async function buildInPage(page: Page, code: string) {
  await openCodeAndSettle(page, "caster_wheel_fork", code);
  return page.evaluate(() => {
    const state = window.__cadforge!.store.getState();
    const part = state.model?.parts[0];
    let box: number[] | null = null;
    if (part) {
      const low = [Infinity, Infinity, Infinity];
      const high = [-Infinity, -Infinity, -Infinity];
      for (let i = 0; i < part.positions.length; i++) {
        low[i % 3] = Math.min(low[i % 3], part.positions[i]);
        high[i % 3] = Math.max(high[i % 3], part.positions[i]);
      }
      box = high.map((v, k) => v - low[k]);
    }
    return { parts: state.model?.parts.length ?? null, size: box, failure: state.failure, logs: state.logs };
  });
}

const TEXT = (text: string) => `import { drawText } from "replicad";
export default function main() {
  return drawText(${JSON.stringify(text)}, { fontSize: 20 }).sketchOnPlane().extrude(3);
}`;

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
});

test("text is drawn with the bundled font, read from this site only when a build first draws text", async ({ page }) => {
  const fontRequests: string[] = [];
  page.on("request", (request) => {
    if (/\.(ttf|otf|woff2?)$/.test(new URL(request.url()).pathname) && !/codicon/.test(request.url())) fontRequests.push(request.url());
  });
  const plain = await buildInPage(page, `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 10, 10);`);
  expect(plain.failure).toBeNull();
  expect(fontRequests).toEqual([]);

  const drawn = await buildInPage(page, TEXT("Hi"));
  expect(drawn.failure).toBeNull();
  expect(drawn.parts).toBe(1);
  const [width, height, depth] = drawn.size!;
  expect(height).toBeGreaterThan(13);
  expect(height).toBeLessThan(20);
  expect(width).toBeGreaterThan(12);
  expect(width).toBeLessThan(30);
  expect(depth).toBeCloseTo(3, 3);
  expect(fontRequests).toHaveLength(1);
  expect(new URL(fontRequests[0]).origin).toBe(new URL(page.url()).origin);

  const longer = await buildInPage(page, TEXT("Hello"));
  expect(longer.failure).toBeNull();
  expect(longer.size![0]).toBeGreaterThan(width * 2);
  expect(fontRequests).toHaveLength(1);
  await waitForModelsDrawn(page, 3);
});

test("loadFont: a font of this site is read, one on the network is refused naming its URL, and the next build works", async ({ page }) => {
  // The font's hashed name, from the service worker's precache list.
  const fontUrl = await page.evaluate(async () => {
    const response = await fetch("./sw.js");
    const manifest = await response.text();
    return manifest.match(/assets\/Roboto_400Regular-[A-Za-z0-9_-]+\.ttf/)?.[0] ?? null;
  });
  expect(fontUrl).not.toBeNull();

  const own = await buildInPage(page, `import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont("./${fontUrl}", "Site");
  return drawText("Site", { fontSize: 10, fontFamily: "Site" }).sketchOnPlane().extrude(2);
}`);
  expect(own.failure).toBeNull();
  expect(own.logs.filter((entry) => entry.level === "warn")).toEqual([]);

  const refused = await buildInPage(page, `import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont("https://fonts.example.org/Fancy.ttf", "Fancy");
  return drawText("Hi", { fontFamily: "Fancy" }).sketchOnPlane().extrude(3);
}`);
  expect(refused.failure?.message).toContain('"https://fonts.example.org/Fancy.ttf" is refused');

  const after = await buildInPage(page, TEXT("ok"));
  expect(after.failure).toBeNull();
});

test("helper libraries by CDN URL build in the page without the network; another URL is refused at its line", async ({ page }) => {
  const threaded = await buildInPage(page, `import { makeCylinder } from "replicad";
import { makeThread } from "https://cdn.jsdelivr.net/npm/replicad-threads@latest/dist/studio/replicad-threads.js";
export default function main() {
  const thread = makeThread({ pitch: 5, radius: 10, height: 10, rootWidth: 3, apexWidth: 1, toothHeight: 1 });
  return thread.translate(0, 0, 1).fuse(makeCylinder(10, 12));
}`);
  expect(threaded.failure).toBeNull();
  expect(threaded.size![0]).toBeGreaterThan(21);

  const refused = await buildInPage(page, `import { makeBaseBox } from "replicad";
import confetti from "https://esm.sh/canvas-confetti";
export default () => makeBaseBox(1, 1, confetti ? 1 : 2);`);
  expect(refused.failure).toMatchObject({ class: "undefined_name", line: 2 });
  expect(refused.failure?.message).toContain('cannot import "https://esm.sh/canvas-confetti"');
});
