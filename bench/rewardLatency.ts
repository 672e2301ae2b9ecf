import type { Page } from "@playwright/test";
import { launch, openTask } from "./browserPage";

/**
 * Five tasks from light to heavy (reference builds of roughly 20 to 300 ms in Node), each with
 * the parameter edited: its first entry in `defaultParams`, nudged by half a percent per edit
 * so every build is new geometry that stays valid.
 */
export const REWARD_TASKS = ["drawer_handle_two_bolt", "pipe_clamp_saddle", "hinge_leaf_barrel", "bike_accessory_mount_120n", "caster_wheel_fork"];
const FIRST_PARAM = /(defaultParams\s*=\s*\{\s*)(\w+)(\s*:\s*)(\d+(?:\.\d+)?)/;

export interface RewardSample {
  task: string;
  /** Build request (after the typing pause) to the frame after the score of that code reached the reward card. */
  latencyMs: number;
  /** Of that, the part after the model was drawn: scoring in its own worker. */
  afterRenderMs: number;
  /** The score says the model built (a nudged parameter that broke the model would time a different path). */
  scoredOk: boolean;
}

interface ScoreSeen {
  /** The build the score belongs to: the store keeps only the latest build's score, and its model is that build's. */
  buildId: number | undefined;
  ok: boolean;
  shownAt: number;
}

declare global {
  interface Window {
    __benchScores?: ScoreSeen[];
  }
}

/**
 * Records, in the page, each score the store receives and the time of the next animation frame,
 * the frame that paints the reward card with it (React renders store changes synchronously).
 */
async function watchScores(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = window.__cadforge!.store;
    window.__benchScores = [];
    let last = store.getState().score;
    store.subscribe(() => {
      const { score, model } = store.getState();
      if (!score || score === last) return;
      last = score;
      const buildId = model?.buildId;
      requestAnimationFrame(() => window.__benchScores!.push({ buildId, ok: score.ok, shownAt: performance.now() }));
    });
  });
}

async function editAndWaitForScore(page: Page, code: string): Promise<{ requestedAt: number; renderedAt: number; shownAt: number; ok: boolean }> {
  const renders = await page.evaluate(() => window.__cadforge!.renders.length);
  await page.evaluate((text) => window.__cadforge!.store.setCode(text), code);
  await page.waitForFunction((n) => window.__cadforge!.renders.length > n, renders, { timeout: 60_000 });
  const render = await page.evaluate(() => window.__cadforge!.renders.at(-1)!);
  const handle = await page.waitForFunction((id) => window.__benchScores!.find((s) => s.buildId === id) ?? false, render.buildId, { timeout: 120_000 });
  const seen = (await handle.jsonValue()) as ScoreSeen;
  return { requestedAt: render.requestedAt, renderedAt: render.renderedAt, shownAt: seen.shownAt, ok: seen.ok };
}

/**
 * Edit-to-reward latency: for each task, one warm-up edit then `edits` timed ones, each waited
 * out (model and score) before the next, as a person reads the reward between edits.
 */
export async function editToRewardTimes(baseUrl: string, edits = 6): Promise<RewardSample[]> {
  const browser = await launch();
  const samples: RewardSample[] = [];
  try {
    for (const taskId of REWARD_TASKS) {
      const page = await openTask(browser, baseUrl, taskId);
      await watchScores(page);
      // The task's own first build is scored too; its score must not land during the first edit's typing pause.
      await page.waitForFunction(() => {
        const { score, scoring, scoreError } = window.__cadforge!.store.getState();
        return !scoring && (score !== null || scoreError !== null);
      }, null, { timeout: 120_000 });
      const reference = await page.evaluate(() => window.__cadforge!.store.getState().task.reference);
      const match = FIRST_PARAM.exec(reference);
      if (!match) throw new Error(`the ${taskId} reference has no numeric first entry in defaultParams to edit`);
      const base = Number(match[4]);
      const withValue = (value: number) => reference.replace(FIRST_PARAM, `$1$2$3${Number(value.toFixed(3))}`);
      for (let i = 0; i <= edits; i++) {
        const result = await editAndWaitForScore(page, withValue(base * (1 + 0.005 * (i + 1))));
        if (i > 0) samples.push({ task: taskId, latencyMs: result.shownAt - result.requestedAt, afterRenderMs: result.shownAt - result.renderedAt, scoredOk: result.ok });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}
