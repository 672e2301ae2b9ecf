import { expect, test, type Page } from "@playwright/test";
import type { ScoreResult } from "../src/scorer/types";
import { candidatesFor, HOSTILE_BUDGET, PROBE_TASK_ID } from "../tests/hostile/candidates";
import { waitForModelsDrawn } from "./support/workbench";

interface Settled {
  code: string;
  outcome: string | null;
  buildFailure: { class: string; message: string } | null;
  score: ScoreResult | null;
  /** Set instead of `score` when the scoring worker was lost (time limit, crash). */
  scoreError: string | null;
  restarts: number;
}

/** Puts `code` in the editor, builds it now, and waits until its build and its score are done. */
async function buildAndScore(page: Page, code: string): Promise<Settled> {
  await page.evaluate((text) => {
    const store = window.__cadforge!.store;
    store.setCode(text);
    store.build();
  }, code);
  // The store settles before React draws it: the status line must show the outcome too. The
  // editor may then hand back the code normalised (Monaco drops a byte-order mark), which builds
  // once more after the typing pause: settled means settled twice, a pause apart.
  const settledNow = () =>
    page.waitForFunction(() => {
      const state = window.__cadforge!.store.getState();
      return !state.building && !state.scoring && document.querySelector('[role="status"]')?.getAttribute("data-outcome") !== "building";
    }, undefined, { timeout: 120_000 });
  await settledNow();
  await page.waitForTimeout(1_000);
  await settledNow();
  return page.evaluate(() => {
    const state = window.__cadforge!.store.getState();
    return {
      code: state.code,
      outcome: document.querySelector('[role="status"]')?.getAttribute("data-outcome") ?? null,
      buildFailure: state.failure && { class: state.failure.class, message: state.failure.message },
      score: state.score,
      scoreError: state.scoreError,
      restarts: state.worker.restarts,
    };
  });
}

const withoutTimings = ({ elapsed_ms: _elapsed, ...rest }: ScoreResult) => rest;

test("hostile candidates typed into the page fail as expected, the editor keeps them, and the next candidate scores as on a clean page", async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`/?workBudget=${HOSTILE_BUDGET}`);
  await waitForModelsDrawn(page, 1);
  const probe = await page.evaluate((id) => {
    const store = window.__cadforge!.store;
    store.selectTask(id);
    return store.getState().task.seed;
  }, PROBE_TASK_ID);
  const clean = await buildAndScore(page, probe);
  expect(clean.score?.ok).toBe(true);
  const cleanScore = withoutTimings(clean.score!);

  const candidates = candidatesFor("page");
  expect(candidates.length).toBeGreaterThanOrEqual(25);
  for (const candidate of candidates) {
    await test.step(candidate.id, async () => {
      // Only the candidate that nothing but the wall clock can stop gets a short backstop; the rest
      // get room, so what stops each does not depend on how busy this machine is.
      await page.evaluate((ms) => window.__cadforge!.store.setTimeLimit(ms), candidate.backstopMs ?? 90_000);
      const before = await page.evaluate(() => window.__cadforge!.store.getState().worker.restarts);
      if (candidate.id === "native-hang") {
        // While the worker spins, the page itself still answers and the editor still holds the code.
        await page.evaluate((text) => window.__cadforge!.store.setCode(text), candidate.code);
        await expect(page.getByRole("status")).toHaveAttribute("data-building", "true");
        expect(await page.evaluate(() => window.__cadforge!.store.getState().code)).toBe(candidate.code);
        await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
      }
      const settled = await buildAndScore(page, candidate.code);
      // Monaco drops a byte-order mark, which is invisible and means nothing to the code; all else stays.
      const withoutBom = (text: string) => text.replace(/^\uFEFF/, "");
      expect(withoutBom(settled.code), "the editor still holds the candidate").toBe(withoutBom(candidate.code));
      if (candidate.expect.outcome === "built") {
        expect(settled.outcome).toBe("built");
        expect(settled.score?.failure ?? null).toBeNull();
        expect(settled.score!.parts.reduce((sum, part) => sum + part.volume_mm3, 0)).toBeCloseTo(candidate.expect.volume, 3);
      } else {
        expect(settled.outcome).toBe("failed");
        expect(settled.buildFailure?.class).toBe(candidate.expect.class);
        if (settled.scoreError !== null) {
          expect(candidate.afterInPage ?? candidate.after, "only a candidate that costs its worker leaves no score").toBe("replaced");
          expect(settled.scoreError).toMatch(candidate.expect.message);
        } else {
          expect(settled.score?.failure?.class).toBe(candidate.expect.class);
          expect(settled.score?.failure?.message).toMatch(candidate.expect.message);
        }
      }
      if ((candidate.afterInPage ?? candidate.after) === "replaced") await expect.poll(() => page.evaluate(() => window.__cadforge!.store.getState().worker.restarts)).toBeGreaterThan(before);
      else expect(settled.restarts).toBe(before);

      const next = await buildAndScore(page, probe);
      expect(next.outcome, "the next build works").toBe("built");
      expect(withoutTimings(next.score!)).toEqual(cleanScore);
    });
  }
});
