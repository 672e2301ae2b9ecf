import { expect, test, type Page } from "@playwright/test";
import { loadCatalogueFromDisk } from "../src/tasks/loadFromDisk";
import { startBusyMachine, type BusyMachine } from "../tests/support/busyMachine";
import { loadCorpus, type LoadCase } from "../tests/support/loadCorpus";
import { waitForModelsDrawn } from "./support/workbench";

/** The result without its timings: what must not change. */
function timeless(result: Record<string, unknown>): string {
  const { elapsed_ms: _elapsed, ...rest } = result;
  return JSON.stringify(rest);
}

/** Scores one case in the page's own scoring worker; a lost worker answers with its error. */
async function scoreInPage(page: Page, c: LoadCase): Promise<string> {
  const outcome = await page.evaluate(async ([taskId, code, budget]) => {
    try {
      return { result: await window.__cadforge!.store.scoreCode(taskId, code, "fast", budget ?? undefined) };
    } catch (error) {
      return { error: String((error as Error).message ?? error) };
    }
  }, [c.taskId, c.code, c.budget ?? null] as const);
  return "result" in outcome ? timeless(outcome.result as unknown as Record<string, unknown>) : `lost: ${outcome.error}`;
}

let busy: BusyMachine | null = null;
test.afterEach(async () => {
  await busy?.stop();
  busy = null;
});

test("the page scores every reference, seed, trajectory step and hostile candidate the same with the cores taken four times over as on a quiet machine", async ({ page }) => {
  test.setTimeout(3_600_000);
  const tasks = (await loadCatalogueFromDisk()).tasks;
  // The candidate only the wall clock stops is left to the hostile suites: here every case must
  // finish by itself, however slowly.
  const cases = loadCorpus(tasks, "page").filter((c) => c.backstopMs === undefined);
  expect(cases.length).toBeGreaterThan(150);
  // A backstop far above what any case takes with the machine this busy.
  await page.goto("/?timeLimitS=600");
  await waitForModelsDrawn(page, 1);
  const quiet = new Map<string, string>();
  for (const c of cases) quiet.set(c.id, await scoreInPage(page, c));

  busy = startBusyMachine(4);
  const differing: string[] = [];
  for (const c of cases) {
    const loaded = await scoreInPage(page, c);
    if (loaded !== quiet.get(c.id)) differing.push(`${c.id}: ${loaded.slice(0, 300)} | quiet: ${quiet.get(c.id)?.slice(0, 300)}`);
  }
  expect(busy.processes).toBeGreaterThanOrEqual(8);
  expect(differing).toEqual([]);
});
