import { expect, test } from "@playwright/test";
import { waitForModelsDrawn } from "./support/workbench";

const TASK = "caster_wheel_fork";
const CADQUERY = "import cadquery as cq\nresult = cq.Workplane().box(10, 10, 2)\n";
const REPLICAD = "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(12, 12, 3);\n";

test("the page, which does not run Python yet, fails a CadQuery candidate saying so, fetches nothing for it, and builds replicad code next", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/");
  await waitForModelsDrawn(page, 1);

  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [TASK, CADQUERY] as const);
  await page.waitForFunction((text) => {
    const state = window.__cadforge!.store.getState();
    return state.code === text && !state.building && state.failure !== null;
  }, CADQUERY);
  const failure = await page.evaluate(() => window.__cadforge!.store.getState().failure);
  expect(failure).toMatchObject({ class: "kernel_error" });
  expect(failure!.message).toMatch(/Python \(CadQuery\) candidates cannot be built here yet/);
  expect(requested.filter((url) => /pyodide|pythonRuntime|cadqueryBridge/.test(url))).toEqual([]);

  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [TASK, REPLICAD] as const);
  await page.waitForFunction((text) => {
    const state = window.__cadforge!.store.getState();
    return state.code === text && !state.building && state.failure === null && state.model !== null;
  }, REPLICAD);
});
