import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { FIRST_MODEL_MARK } from "../src/ui/pageProbe";

export const PAGE_GROUP = "page (headless Chromium, production build)";

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

/** Milliseconds from navigation start to the frame that drew the first model. */
export async function firstModelMs(page: Page): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_MODEL_MARK, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, FIRST_MODEL_MARK);
}

/** A tab on `baseUrl` with its first model drawn, then switched to task `taskId` through the store. */
export async function openTask(browser: Browser, baseUrl: string, taskId: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(baseUrl);
  await firstModelMs(page);
  await page.evaluate((id) => window.__cadforge!.store.selectTask(id), taskId);
  const selected = await page.evaluate(() => window.__cadforge!.store.getState().task.id);
  if (selected !== taskId) throw new Error(`the page has no task "${taskId}" (it shows "${selected}")`);
  return page;
}
