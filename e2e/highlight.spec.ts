import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { decodePng } from "./support/png";
import { waitForModelsDrawn } from "./support/workbench";

// A caster from the blind set: its plate floats 8 mm above the stem, its wheel is sunk into the
// fork, and the plate has its four bolt holes.
const TASK = "caster_wheel_fork";
const CANDIDATE = "tests/calibration/blind/caster_wheel_fork/sloppy.js";
const SHOTS = process.env.HIGHLIGHT_SHOTS ?? "test-results/highlight";

test.setTimeout(120_000);

/** Opens `code` on the task as the user's and waits for the reward card's score of its build. */
async function openScored(page: Page, code: string): Promise<void> {
  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [TASK, code] as const);
  await page.waitForFunction(
    (text) => {
      const state = window.__cadforge!.store.getState();
      return state.code === text && !state.building && !state.scoring && state.score?.ok === true;
    },
    code,
    { timeout: 60_000 },
  );
}

const viewer = (page: Page) => page.locator(".viewer");
const note = (page: Page, text: RegExp) => page.locator(".reward-notes button", { hasText: text });
const checklistLine = (page: Page, id: string) => page.locator(`.task-checklist li[data-item-id="${id}"] button`);

/** The parts the viewer brings forward, by the attribute it sets from what it draws. */
async function shownParts(page: Page): Promise<string[]> {
  return JSON.parse((await viewer(page).getAttribute("data-highlight-parts")) ?? "[]");
}

/** The share of the canvas's pixels that differ between two screenshots of it. */
function changedShare(a: Buffer, b: Buffer): number {
  const [x, y] = [decodePng(a), decodePng(b)];
  let changed = 0;
  for (let i = 0; i < x.pixels.length; i += 4) {
    if (Math.abs(x.pixels[i] - y.pixels[i]) + Math.abs(x.pixels[i + 1] - y.pixels[i + 1]) + Math.abs(x.pixels[i + 2] - y.pixels[i + 2]) > 24) changed++;
  }
  return changed / (x.width * x.height);
}

async function expectCleared(page: Page, pressed: Locator): Promise<void> {
  await expect(viewer(page)).toHaveAttribute("data-highlight", "none");
  await expect(pressed).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".viewer-highlight")).toHaveCount(0);
}

test("a note or a checklist line shows in the viewer what it speaks of; choosing it again, Escape or a new build clears it", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await openScored(page, await readFile(CANDIDATE, "utf8"));
  const canvas = page.locator(".viewer canvas");
  const plain = await canvas.screenshot();
  await expect(viewer(page)).toHaveAttribute("data-highlight", "none");

  // The overlap: the two parts forward, the rest faded, the shared material drawn in its colour.
  const overlap = note(page, /^wheel and fork run into each other/);
  await overlap.click();
  await expect(overlap).toHaveAttribute("aria-pressed", "true");
  await expect(viewer(page)).toHaveAttribute("data-highlight", "shown");
  await expect(viewer(page)).toHaveAttribute("data-highlight-overlaps", "1");
  await expect(viewer(page)).toHaveAttribute("data-highlight-floating", "0");
  expect(await shownParts(page)).toEqual(["wheel", "fork"]);
  await expect(page.locator(".viewer-highlight")).toContainText("wheel and fork run into each other");
  await expect(page.locator(".parts-list li button.selected .part-name")).toHaveText(["wheel", "fork"]);
  await expect.poll(async () => changedShare(plain, await canvas.screenshot()), { message: "the highlight is drawn" }).toBeGreaterThan(0.005);
  await page.screenshot({ path: `${SHOTS}/overlap.png` });

  // Escape clears it, and the view is as it was.
  await page.keyboard.press("Escape");
  await expectCleared(page, overlap);
  await expect.poll(async () => changedShare(plain, await canvas.screenshot()), { message: "the view is back as it was" }).toBeLessThan(0.001);

  // From the keyboard: Enter chooses the floating note, Space on it again clears it.
  const floating = note(page, /^top mounting plate floats/);
  await floating.focus();
  await page.keyboard.press("Enter");
  await expect(floating).toHaveAttribute("aria-pressed", "true");
  await expect(viewer(page)).toHaveAttribute("data-highlight-floating", "1");
  expect(await shownParts(page)).toEqual(["swivel stem", "top mounting plate"]);
  await page.screenshot({ path: `${SHOTS}/floating.png` });
  await page.keyboard.press("Space");
  await expectCleared(page, floating);

  // A checklist line: the parts that play its role and the holes it counted.
  const holes = checklistLine(page, "plate_holes");
  await holes.click();
  await expect(holes).toHaveAttribute("aria-pressed", "true");
  await expect(viewer(page)).toHaveAttribute("data-highlight-holes", "4");
  expect(await shownParts(page)).toEqual(["top mounting plate"]);
  await expect.poll(async () => changedShare(plain, await canvas.screenshot()), { message: "the hole marks are drawn" }).toBeGreaterThan(0.005);
  await page.screenshot({ path: `${SHOTS}/holes.png` });
  await page.keyboard.press("Escape");
  await expectCleared(page, holes);

  // A counting line: the members it counted, each where the probe cut it.
  const legs = checklistLine(page, "fork_legs");
  await legs.click();
  await expect(viewer(page)).toHaveAttribute("data-highlight-regions", "2");
  await expect.poll(async () => changedShare(plain, await canvas.screenshot()), { message: "the member marks are drawn" }).toBeGreaterThan(0.005);
  await page.screenshot({ path: `${SHOTS}/members.png` });
  await page.keyboard.press("Escape");
  await expectCleared(page, legs);

  // A new build of the same code clears what the last score spoke of.
  const bore = checklistLine(page, "wheel_bore");
  await bore.click();
  await expect(viewer(page)).toHaveAttribute("data-highlight-holes", "1");
  const drawn = await page.evaluate(() => window.__cadforge!.renders.length);
  await page.evaluate(() => window.__cadforge!.store.build());
  await waitForModelsDrawn(page, drawn + 1);
  await expectCleared(page, bore);
});
