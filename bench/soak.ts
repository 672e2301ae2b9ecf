import type { Page } from "@playwright/test";
import { launch, openTask } from "./browserPage";

/** The lightest reference in the catalogue (a few ms to build in Node), so 1,000 builds take minutes. */
export const SOAK_TASK = "table_six_leg_500n";
const SOAK_PARAM = "length";
const SOAK_BASE = 900;
/** Builds between two readings of the page's heap. */
export const SAMPLE_EVERY = 100;

export interface SoakResult {
  builds: number;
  failures: number;
  seconds: number;
  workerHeapBefore: number;
  workerHeapAfter: number;
  workerHeapMax: number;
  pageHeapBefore: number;
  /** After every `SAMPLE_EVERY` builds: growth that levels off is caches filling, steady growth is a leak. */
  pageHeapSamples: number[];
  recycles: number;
  restarts: number;
}

/** The page's used JS heap after a full garbage collection, from the DevTools protocol. */
function workerState(page: Page): Promise<{ heapBytes: number; recycles: number; restarts: number }> {
  return page.evaluate(() => {
    const { lastBuild, worker } = window.__cadforge!.store.getState();
    return { heapBytes: lastBuild?.heapBytes ?? NaN, recycles: worker.recycles, restarts: worker.restarts };
  });
}

async function pageHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const used = metrics.find((m) => m.name === "JSHeapUsedSize");
    if (!used) throw new Error("Chromium reported no JSHeapUsedSize metric");
    return used.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * `builds` consecutive builds in one page session, each started through the parameter panel's
 * path (`setParam`, no typing pause) with a new value and waited for: drawn, or failed. The reward card scores each
 * build in its own worker meanwhile; a score still running when the next build lands is dropped,
 * as it is when a person drags a slider.
 */
export async function soak(baseUrl: string, builds = 1000): Promise<SoakResult> {
  const browser = await launch();
  try {
    const page = await openTask(browser, baseUrl, SOAK_TASK);
    await page.waitForFunction(() => window.__cadforge!.store.getState().lastBuild !== null, null, { timeout: 60_000 });
    const pageHeapBefore = await pageHeapBytes(page);
    const before = await workerState(page);
    const started = Date.now();
    let failures = 0;
    let workerHeapMax = 0;
    const pageHeapSamples: number[] = [];
    for (let done = 0; done < builds; done += SAMPLE_EVERY) {
      const run = await buildInPage(page, done, Math.min(SAMPLE_EVERY, builds - done));
      failures += run.failures;
      workerHeapMax = Math.max(workerHeapMax, run.heapMax);
      pageHeapSamples.push(await pageHeapBytes(page));
    }
    const seconds = (Date.now() - started) / 1000;
    const after = await workerState(page);
    return {
      builds,
      failures,
      seconds,
      workerHeapBefore: before.heapBytes,
      workerHeapAfter: after.heapBytes,
      workerHeapMax,
      pageHeapBefore,
      pageHeapSamples,
      recycles: after.recycles - before.recycles,
      restarts: after.restarts - before.restarts,
    };
  } finally {
    await browser.close();
  }
}

/** Builds `count` models in a row, numbered from `first`; the loop runs inside the page so the bench's round trips do not pace it. */
function buildInPage(page: Page, first: number, count: number): Promise<{ failures: number; heapMax: number }> {
  return page.evaluate(
    async ({ first, count, param, base }) => {
      const probe = window.__cadforge!;
      const store = probe.store;
      let failures = 0;
      let heapMax = 0;
      for (let i = first; i < first + count; i++) {
        const previous = store.getState().lastBuild;
        const rendered = probe.renders.length;
        store.setParam(param, base + (i % 50) + 1 + (i % 7) / 10);
        // Answered, then (when the build succeeded) drawn; a stuck build fails the soak rather than hanging it.
        const deadline = performance.now() + 60_000;
        for (;;) {
          const state = store.getState();
          if (state.lastBuild !== previous && !state.building && (state.failure || probe.renders.length > rendered)) break;
          if (performance.now() > deadline) throw new Error(`build ${i + 1} of the soak did not finish within 60 s`);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const state = store.getState();
        if (state.failure) failures++;
        heapMax = Math.max(heapMax, state.lastBuild?.heapBytes ?? 0);
      }
      return { failures, heapMax };
    },
    { first, count, param: SOAK_PARAM, base: SOAK_BASE },
  );
}
