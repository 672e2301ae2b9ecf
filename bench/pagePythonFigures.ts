import type { Browser, Page } from "@playwright/test";
import { encodeShareHash } from "../src/share";
import { firstModelMs, launch, PAGE_GROUP as GROUP } from "./browserPage";
import { CADQUERY_FIXTURE_MODEL } from "./cadqueryFigures";
import { FIXTURE_MODEL } from "./kernelFigures";
import { median, type Figure } from "./figure";

const TASK = "caster_wheel_fork";
/** Any file only Python needs: Pyodide's own, our modules' chunks, the bridge and the runtime. */
const PYTHON_FILE = /pyodide|python_stdlib|_cadforge_|cadqueryBridge|pythonRuntime/;

/**
 * What Python costs the page, and what it does not cost replicad-only users: bytes fetched by a
 * replicad-only first load (page and workers, with the service worker kept out so its precache is
 * not counted), Pyodide's start in the page cold (fresh profile) and warm (files in the HTTP
 * cache, a new worker), and the first CadQuery model on screen cold, opened from a share link,
 * beside the same model's from replicad code: what lies between the two is Python's.
 */
export async function pagePythonFigures(baseUrl: string, runs = 3): Promise<Figure[]> {
  const browser = await launch();
  try {
    const replicadOnly = await replicadOnlyDownload(browser, baseUrl);
    const firstCadQuery: number[] = [];
    const firstReplicad: number[] = [];
    const starts = { cold: [] as number[], warm: [] as number[] };
    const link = baseUrl + (await encodeShareHash({ taskId: TASK, code: CADQUERY_FIXTURE_MODEL, params: {}, language: "python" }));
    const replicadLink = baseUrl + (await encodeShareHash({ taskId: TASK, code: FIXTURE_MODEL, params: {}, language: "javascript" }));
    for (let i = 0; i < runs; i++) {
      const replicadContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
      const replicadPage = await replicadContext.newPage();
      await replicadPage.goto(replicadLink);
      firstReplicad.push(await firstModelMs(replicadPage));
      await replicadContext.close();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
      const page = await context.newPage();
      await page.goto(link);
      firstCadQuery.push(await firstModelMs(page));
      await page.close();
      // Pyodide's start alone: a replicad page first, then the first CadQuery build's wait beyond its build.
      for (const kind of ["cold", "warm"] as const) {
        const fresh = kind === "cold" ? await browser.newContext({ serviceWorkers: "block" }) : context;
        const tab = await fresh.newPage();
        await tab.goto(baseUrl);
        await firstModelMs(tab);
        starts[kind].push(await pythonStartMs(tab));
        await tab.close();
        if (fresh !== context) await fresh.close();
      }
      await context.close();
    }
    return [
      {
        group: GROUP,
        label: "bytes a replicad-only first load fetches (page and workers, to the scored model and Monaco)",
        value: replicadOnly.bytes / 1024,
        unit: "kB",
        note: `${replicadOnly.requests} responses, bodies as sent (gzip where the server gzips); ${replicadOnly.pythonFiles} of them Python's (must be 0); service worker blocked, so its background precache is not counted`,
      },
      {
        group: GROUP,
        label: "first CadQuery model on screen, cold",
        value: median(firstCadQuery),
        unit: "ms",
        target: { max: 4000, source: "issue 14" },
        note: `median of ${runs} fresh profiles opening a share link to the CadQuery bench fixture, from navigation start: ${firstCadQuery.map((v) => v.toFixed(0)).join(", ")}`,
      },
      {
        group: GROUP,
        label: "the same model from replicad code on screen, cold",
        value: median(firstReplicad),
        unit: "ms",
        note: `median of ${runs} fresh profiles opening a share link to the kernel's bench fixture (the CadQuery fixture's twin): ${firstReplicad.map((v) => v.toFixed(0)).join(", ")}; the CadQuery figure less this is what Python costs the first model`,
      },
      {
        group: GROUP,
        label: "Pyodide start in the page, cold",
        value: median(starts.cold),
        unit: "ms",
        note: `median of ${runs} fresh profiles: the first CadQuery build's round trip less its build and mesh (Pyodide's files fetched, compiled, our modules installed): ${starts.cold.map((v) => v.toFixed(0)).join(", ")}`,
      },
      {
        group: GROUP,
        label: "Pyodide start in the page, warm",
        value: median(starts.warm),
        unit: "ms",
        note: `median of ${runs} new tabs in a profile that has run Python (files from the HTTP cache, a new worker): ${starts.warm.map((v) => v.toFixed(0)).join(", ")}`,
      },
    ];
  } finally {
    await browser.close();
  }
}

async function replicadOnlyDownload(browser: Browser, baseUrl: string): Promise<{ bytes: number; requests: number; pythonFiles: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  page.on("requestfinished", (request) => {
    urls.push(request.url());
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  await page.goto(baseUrl);
  await firstModelMs(page);
  await page.locator('[data-editor="monaco"] .monaco-editor').waitFor({ timeout: 60_000 });
  await page.locator('.reward-card[data-scoring="false"]').waitFor({ timeout: 120_000 });
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, requests: urls.length, pythonFiles: urls.filter((url) => PYTHON_FILE.test(url)).length };
}

/** Milliseconds the page's first CadQuery build waited beyond the worker's own build and mesh: Python's start. */
async function pythonStartMs(page: Page): Promise<number> {
  return page.evaluate(
    ([taskId, code]) =>
      new Promise<number>((resolve, reject) => {
        const store = window.__cadforge!.store;
        const started = performance.now();
        const stop = store.subscribe(() => {
          const s = store.getState();
          if (s.code !== code || s.building) return;
          if (s.failure) reject(new Error(`the CadQuery fixture failed in the page: ${s.failure.message}`));
          else if (s.model && s.lastBuild && s.model.requestedAt >= started) resolve(performance.now() - started - s.lastBuild.buildMs - (s.lastBuild.meshMs ?? 0));
          else return;
          stop();
        });
        store.openCode(taskId, code);
      }),
    [TASK, CADQUERY_FIXTURE_MODEL] as const,
  );
}
