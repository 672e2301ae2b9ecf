import { join } from "node:path";
import type { Page } from "@playwright/test";
import { firstModelMs, launch, openTask, PAGE_GROUP as GROUP } from "./browserPage";
import { gzippedBytes } from "./bundleFigures";
import { median, percentile, type Figure } from "./figure";
import { editToRewardTimes, REWARD_TASKS, type RewardSample } from "./rewardLatency";
import { SAMPLE_EVERY, soak, SOAK_TASK, type SoakResult } from "./soak";

/** Task and parameter edited for the latency figure: a five-part model with fillets, a real workload. */
const EDIT_TASK = "caster_wheel_fork";
const EDIT_PARAM = /wheelDiameter: \d+(\.\d+)?/;

/**
 * First model on screen, in ms from navigation. Cold: a fresh browser profile each run (empty
 * HTTP and code caches). Warm: a new tab in the last profile, opened after the previous tab has
 * closed, so the 23 MB kernel and its compiled code come from cache. A reload would also charge
 * the old page's teardown (its workers, WebGL context and Monaco) to the new navigation, and
 * with the old tab still open its workers compete for the two cores.
 */
export async function firstModelTimes(baseUrl: string, runs = 3): Promise<{ coldMs: number[]; warmMs: number[]; scriptsBeforeFirstModel: string[] }> {
  const browser = await launch();
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  let scriptsBeforeFirstModel: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      let page = await context.newPage();
      await page.goto(baseUrl);
      const ms = await firstModelMs(page);
      coldMs.push(ms);
      if (i === 0) scriptsBeforeFirstModel = await scriptsFetchedBefore(page, ms);
      if (i === runs - 1) {
        for (let j = 0; j < runs; j++) {
          // Let the lazy chunks (Monaco, scorer) land in the cache before the tab goes.
          await page.waitForTimeout(4000);
          await page.close();
          page = await context.newPage();
          await page.goto(baseUrl);
          warmMs.push(await firstModelMs(page));
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { coldMs, warmMs, scriptsBeforeFirstModel };
}

/** File names of the page's JavaScript that had arrived by `ms` (a worker's own fetches are not in the page's timeline). */
function scriptsFetchedBefore(page: Page, ms: number): Promise<string[]> {
  return page.evaluate(
    (before) =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= before && new URL(e.name).pathname.endsWith(".js"))
        .map((e) => new URL(e.name).pathname.split("/").pop()!),
    ms,
  );
}

/**
 * Edit-to-render latency: `edits` edits of one parameter in the code, each timed from the build
 * request (made after the typing pause, so the pause is not counted) to the rendered frame with
 * the new model. Returns the latencies and, for comparison, the kernel build time of each model.
 */
export async function editToRenderTimes(baseUrl: string, edits = 20): Promise<{ latencyMs: number[]; buildMs: number[]; meshMs: number[] }> {
  const browser = await launch();
  try {
    // Through the store, not the picker: the figure is about rebuilds, not about the picker's markup.
    const page = await openTask(browser, baseUrl, EDIT_TASK);
    const reference = await page.evaluate(() => window.__cadforge!.store.getState().task.reference);
    if (!EDIT_PARAM.test(reference)) throw new Error(`the ${EDIT_TASK} reference no longer has a ${EDIT_PARAM} line to edit`);
    // Warm-up edit: the first build of a model pays one-time kernel costs the latency should not include.
    await edit(page, reference.replace(EDIT_PARAM, "wheelDiameter: 73"));

    const latencyMs: number[] = [];
    const buildMs: number[] = [];
    const meshMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const record = await edit(page, reference.replace(EDIT_PARAM, `wheelDiameter: ${60 + i}`));
      latencyMs.push(record.renderedAt - record.requestedAt);
      buildMs.push(record.buildMs);
      meshMs.push(record.meshMs);
    }
    return { latencyMs, buildMs, meshMs };
  } finally {
    await browser.close();
  }
}

/** Makes one edit the way the editor does and waits for its model's frame; scoring is let finish first, as between a person's edits. */
async function edit(page: Page, code: string): Promise<{ requestedAt: number; renderedAt: number; buildMs: number; meshMs: number }> {
  await page.waitForFunction(() => document.querySelector(".reward-card")?.getAttribute("data-scoring") !== "true", null, { timeout: 60_000 });
  const before = await page.evaluate(() => window.__cadforge!.renders.length);
  await page.evaluate((text) => window.__cadforge!.store.setCode(text), code);
  await page.waitForFunction((n) => window.__cadforge!.renders.length > n, before, { timeout: 60_000 });
  return page.evaluate(() => window.__cadforge!.renders.at(-1)!);
}

/** The page's figures for `npm run bench`. `baseUrl` serves the production build in `distDir` (vite preview). */
export async function pageFigures(baseUrl: string, distDir: string): Promise<Figure[]> {
  const { coldMs, warmMs, scriptsBeforeFirstModel } = await firstModelTimes(baseUrl);
  const { latencyMs, buildMs, meshMs } = await editToRenderTimes(baseUrl);
  // The model's own kernel time is its build plus its tessellation: both run in the worker before
  // anything can be drawn. The page's share of the latency is what is left over.
  const kernelMs = buildMs.map((b, i) => b + meshMs[i]);
  const kernelP50 = median(kernelMs);
  const rewards = await editToRewardTimes(baseUrl);
  const soaked = await soak(baseUrl);
  return [
    await scriptsBeforeFirstModelFigure(distDir, scriptsBeforeFirstModel),
    {
      group: GROUP,
      label: "first model on screen, cold",
      value: median(coldMs),
      unit: "ms",
      target: { max: 1500, source: "issue 2" },
      note: `median of ${coldMs.length} fresh profiles, from navigation start: ${coldMs.map((v) => v.toFixed(0)).join(", ")}`,
    },
    {
      group: GROUP,
      label: "first model on screen, warm",
      value: median(warmMs),
      unit: "ms",
      note: `median of ${warmMs.length} new tabs in a warm profile: ${warmMs.map((v) => v.toFixed(0)).join(", ")}`,
    },
    {
      group: GROUP,
      label: `kernel time of the edited model (${EDIT_TASK} reference), build + mesh, p50`,
      value: kernelP50,
      unit: "ms",
      note: `${kernelMs.length} builds in the page's worker; build alone p50 ${median(buildMs).toFixed(0)} ms, mesh alone p50 ${median(meshMs).toFixed(0)} ms`,
    },
    {
      group: GROUP,
      label: "edit-to-render latency p50",
      value: median(latencyMs),
      unit: "ms",
      target: { max: kernelP50 + 60, source: "issue 2: the model's kernel time p50 + 60 ms" },
      note: `${latencyMs.length} edits, from the build request (after the typing pause) to the rendered frame`,
    },
    {
      group: GROUP,
      label: "edit-to-render latency p95",
      value: percentile(latencyMs, 95),
      unit: "ms",
      note: `${latencyMs.length} edits`,
    },
    ...rewardFigures(rewards),
    ...soakFigures(soaked),
  ];
}

async function scriptsBeforeFirstModelFigure(distDir: string, files: string[]): Promise<Figure> {
  const sizes = await Promise.all(files.map((f) => gzippedBytes(join(distDir, "assets", f))));
  return {
    group: GROUP,
    label: "JavaScript fetched by the page before the first model, gzipped",
    value: sizes.reduce((a, b) => a + b, 0) / 1024,
    unit: "kB",
    note: `${files.length} files in the first cold run's resource timing (worker entry scripts the page starts count; what a worker then imports, and the WASM, do not): ${files.join(", ")}`,
  };
}

function rewardFigures(samples: RewardSample[]): Figure[] {
  const latency = samples.map((s) => s.latencyMs);
  const scoring = samples.map((s) => s.afterRenderMs);
  const perTask = REWARD_TASKS.map((task) => `${task} ${median(samples.filter((s) => s.task === task).map((s) => s.latencyMs)).toFixed(0)}`).join(", ");
  const broken = samples.filter((s) => !s.scoredOk).length;
  const about = `${samples.length} edits over ${REWARD_TASKS.length} tasks (${samples.length / REWARD_TASKS.length} each, after one warm-up edit), from the build request (after the typing pause) to the frame after the score reached the reward card`;
  return [
    { group: GROUP, label: "edit-to-reward latency p50", value: median(latency), unit: "ms", note: `${about}; p50 per task (ms): ${perTask}${broken ? `; ${broken} edited models did not build` : ""}` },
    { group: GROUP, label: "edit-to-reward latency p95", value: percentile(latency, 95), unit: "ms", note: `${samples.length} edits` },
    { group: GROUP, label: "edit-to-reward, from the drawn model to the score on screen, p50", value: median(scoring), unit: "ms", note: "the build worker scores the model it has just sent, on the same tessellation, while the page draws it" },
  ];
}

function soakFigures(r: SoakResult): Figure[] {
  const MB = 1024 * 1024;
  const group = `${GROUP}: soak`;
  const first = r.pageHeapSamples[0];
  const last = r.pageHeapSamples.at(-1)!;
  return [
    { group, label: `${r.builds} consecutive builds of ${SOAK_TASK}, wall time`, value: r.seconds, unit: "s", note: `one page session, a new value of one parameter per build; ${r.failures} failed; the reward card scored alongside` },
    { group, label: "worker heap before the soak", value: r.workerHeapBefore / MB, unit: "MB", note: "WASM heap of the build worker, as the status line shows it" },
    { group, label: "worker heap after the soak", value: r.workerHeapAfter / MB, unit: "MB", note: `largest seen during it ${(r.workerHeapMax / MB).toFixed(0)} MB` },
    { group, label: "worker recycles during the soak", value: r.recycles, unit: "workers", note: `heap threshold passed; other restarts (timeout, crash): ${r.restarts}` },
    { group, label: "page JS heap before the soak", value: r.pageHeapBefore / MB, unit: "MB", note: "used heap after a forced GC (DevTools protocol)" },
    { group, label: "page JS heap after the soak", value: last / MB, unit: "MB", note: `after a forced GC; every ${SAMPLE_EVERY} builds (MB): ${r.pageHeapSamples.map((b) => (b / MB).toFixed(1)).join(", ")}` },
    {
      group,
      label: `page JS heap growth per build, after the first ${SAMPLE_EVERY}`,
      value: r.pageHeapSamples.length > 1 ? (last - first) / (SAMPLE_EVERY * (r.pageHeapSamples.length - 1)) / 1024 : NaN,
      unit: "kB",
      note: "steady growth here is memory the page keeps per build",
    },
  ];
}
