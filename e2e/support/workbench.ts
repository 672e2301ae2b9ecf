import { expect, type Page } from "@playwright/test";
import { decodePng } from "./png";

/**
 * How much of the viewer the model covers, from a real screenshot of the canvas. The background,
 * grid and edges are grey; model faces are coloured. `vivid` counts fully drawn faces, `tinted`
 * also counts the faded colour of an out-of-date model.
 */
export async function modelCoverage(page: Page): Promise<{ vivid: number; tinted: number }> {
  const image = decodePng(await page.locator(".viewer canvas").screenshot());
  let vivid = 0;
  let tinted = 0;
  const { pixels } = image;
  for (let i = 0; i < pixels.length; i += 4) {
    const r = pixels[i];
    const g = pixels[i + 1];
    const b = pixels[i + 2];
    const saturation = Math.max(r, g, b) - Math.min(r, g, b);
    if (saturation > 60) vivid++;
    if (saturation > 30) tinted++;
  }
  const total = image.width * image.height;
  return { vivid: vivid / total, tinted: tinted / total };
}

/** Number of models drawn so far (the viewer reports each after its frame has rendered). */
export function modelsDrawn(page: Page): Promise<number> {
  return page.evaluate(() => window.__cadforge?.renders.length ?? 0);
}

export async function waitForModelsDrawn(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window.__cadforge?.renders.length ?? 0) >= n, count, { timeout: 120_000 });
}

/** Waits until Monaco has replaced the first textarea. */
export async function waitForMonaco(page: Page): Promise<void> {
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeVisible({ timeout: 60_000 });
}

/** Replaces the whole code by typing into Monaco, as a user pasting would. */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await waitForMonaco(page);
  await page.locator('[data-editor="monaco"] .view-lines').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** The editor's text as Monaco shows it. */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator('[data-editor="monaco"] .view-lines').innerText();
  return text.replace(/\u00a0/g, " ");
}

/** Opens `code` as the user's code on `taskId` and waits until its build has settled: drawn or failed. */
export async function openCodeAndSettle(page: Page, taskId: string, code: string): Promise<void> {
  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [taskId, code] as const);
  await page.waitForFunction(
    (text) => {
      const state = window.__cadforge!.store.getState();
      return state.code === text && !state.building && (state.model !== null || state.failure !== null);
    },
    code,
    { timeout: 120_000 },
  );
}
