import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { runCadforge } from "../tests/support/runCadforge";
import { openCodeAndSettle, waitForModelsDrawn, waitForMonaco } from "./support/workbench";

const TASK = "caster_wheel_fork";
const CADQUERY = `import cadquery as cq

width = 40
plate = cq.Workplane("XY").box(width, 30, 4)
print("plate width", width)
result = plate.faces(">Z").workplane().rect(20, 10).extrude(6).edges("|Z").fillet(1)
`;
const UNDEFINED_NAME = `import cadquery as cq

plate = cq.Workplane("XY").box(10, 10, 2)
result = plate.cut(hole)
`;
const PASTED = `import cadquery as cq

result = cq.Workplane("XY").cylinder(12, 5)
`;
/** Any file of Python's: Pyodide's own, our modules' chunks, the bridge and the runtime. */
const PYTHON_FILE = /pyodide|python_stdlib|_cadforge_|cadqueryBridge|pythonRuntime/;

/** The result without its timings, the one part that may differ between runs. */
function timeless(result: Record<string, unknown>): Record<string, unknown> {
  const { elapsed_ms, id: _id, line: _line, ...rest } = result;
  expect(elapsed_ms).toBeDefined();
  return rest;
}

/** Every URL the page and its workers ask for, from the start. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  return requested;
}

test("a CadQuery model builds in the page, is drawn with its console output, and scores the same JSON as the Node command", async ({ page }) => {
  const input = JSON.stringify({ id: "0", task_id: TASK, code: CADQUERY });
  const run = await runCadforge(["score", "--jsonl", "-", "--workers", "1", "--mode", "fast"], input);
  expect(run.code, run.stderr).toBe(0);
  const inNode = JSON.parse(run.stdout.trim());
  expect(inNode.ok).toBe(true);

  const requested = recordRequests(page);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await openCodeAndSettle(page, TASK, CADQUERY);
  const state = await page.evaluate(() => {
    const s = window.__cadforge!.store.getState();
    return { failure: s.failure, parts: s.model?.parts.length, logs: s.logs };
  });
  expect(state.failure).toBeNull();
  expect(state.parts).toBe(1);
  expect(state.logs).toContainEqual(expect.objectContaining({ text: "plate width 40", line: 5 }));
  await expect(page.locator(".console-pane")).toContainText("plate width 40");
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.getByLabel("Language")).toHaveValue("auto");
  await expect(page.getByLabel("Language").locator("option:checked")).toHaveText("auto (CadQuery)");
  // The worker's own fetches are seen here: Python's files came when Python was first used.
  expect(requested.filter((url) => url.endsWith("/pyodide.asm.wasm"))).toHaveLength(1);

  const inPage = (await page.evaluate(([id, text]) => window.__cadforge!.store.scoreCode(id, text, "fast"), [TASK, CADQUERY] as const)) as unknown as Record<string, unknown>;
  expect(JSON.stringify(timeless(inPage))).toBe(JSON.stringify(timeless(inNode)));
  // The reward card scores the same build in the build worker.
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false");
  expect(await page.evaluate(() => window.__cadforge!.store.getState().score?.reward)).toEqual(inNode.reward);
});

test("a Python failure is marked at its line, and the next build works", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await waitForMonaco(page);
  await openCodeAndSettle(page, TASK, UNDEFINED_NAME);
  const failure = await page.evaluate(() => window.__cadforge!.store.getState().failure);
  expect(failure).toMatchObject({ class: "undefined_name", line: 4 });
  expect(failure!.message).toMatch(/hole/);
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "undefined_name");
  await expect(page.locator('[data-editor="monaco"] .squiggly-error')).toHaveCount(1);
  await expect(page.locator('[data-editor="monaco"]')).toHaveAttribute("data-language", "python");

  await openCodeAndSettle(page, TASK, CADQUERY);
  expect(await page.evaluate(() => window.__cadforge!.store.getState().failure)).toBeNull();
  await expect(page.locator('[data-editor="monaco"] .squiggly-error')).toHaveCount(0);
  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
});

test("pasting CadQuery switches the editor to CadQuery, and the language switch builds the code as the chosen language", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await waitForMonaco(page);
  await page.getByLabel("Language").selectOption("javascript");
  await page.locator('[data-editor="monaco"] .view-lines').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.getByLabel("Language")).toHaveValue("python");
  await expect(page.locator('[data-editor="monaco"]')).toHaveAttribute("data-language", "python");
  await page.waitForFunction((text) => {
    const s = window.__cadforge!.store.getState();
    return s.code === text && !s.building && s.model !== null && s.failure === null;
  }, PASTED);

  // Forced to replicad, the same code is JavaScript, where `import cadquery as cq` is not valid.
  await page.getByLabel("Language").selectOption("javascript");
  await expect(page.getByRole("status")).toHaveAttribute("data-failure-class", "syntax");
  await page.getByLabel("Language").selectOption("auto");
  await expect(page.getByRole("status")).not.toHaveAttribute("data-failure-class", /.+/);
});

test("a share link opens a CadQuery design as CadQuery in a fresh browser", async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await openCodeAndSettle(page, TASK, CADQUERY);
  await page.getByLabel("Language").selectOption("python");
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.locator(".share-link").inputValue();

  const other = await browser.newContext({ baseURL });
  const opened = await other.newPage();
  await opened.goto(link);
  await waitForModelsDrawn(opened, 1);
  const state = await opened.evaluate(() => {
    const s = window.__cadforge!.store.getState();
    return { task: s.task.id, code: s.code, language: s.language, failure: s.failure, parts: s.model?.parts.length };
  });
  expect(state).toEqual({ task: TASK, code: CADQUERY, language: "python", failure: null, parts: 1 });
  await expect(opened.getByLabel("Language")).toHaveValue("python");
  await other.close();
});

test("a replicad-only page, built, scored and edited in Monaco, fetches no file of Python's", async ({ page }) => {
  const requested = recordRequests(page);
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await waitForMonaco(page);
  await expect(page.locator(".reward-card")).toHaveAttribute("data-scoring", "false");
  expect(requested.length).toBeGreaterThan(10);
  expect(requested.filter((url) => PYTHON_FILE.test(url))).toEqual([]);
});

test("once Python has started in the worker, a candidate still gets no MessageChannel, and fetch still reaches nothing but Pyodide's files", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await openCodeAndSettle(page, TASK, CADQUERY);
  expect(await page.evaluate(() => window.__cadforge!.store.getState().failure)).toBeNull();

  // The global object reached around the sandbox's shadowing, as hostile code would.
  const channel = `const main = () => {\n  const g = Function("return this")();\n  new g.MessageChannel();\n};\n`;
  await openCodeAndSettle(page, TASK, channel);
  expect((await page.evaluate(() => window.__cadforge!.store.getState().failure))?.message).toMatch(/MessageChannel is not available to CAD code/);

  const page404 = `const main = async () => {\n  const g = Function("return this")();\n  await g.fetch(new URL("../index.html", g.location.href).href);\n};\n`;
  await openCodeAndSettle(page, TASK, page404);
  expect((await page.evaluate(() => window.__cadforge!.store.getState().failure))?.message).toMatch(/fetch is not available to CAD code/);
});

test("opening a .py file builds it as CadQuery, and the code downloads as .py", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  await page.getByLabel("Language").selectOption("javascript");
  await page.getByLabel("Open a code file").setInputFiles({ name: "plate.py", mimeType: "text/x-python", buffer: Buffer.from(PASTED) });
  await expect(page.getByLabel("Language")).toHaveValue("python");
  await page.waitForFunction((text) => {
    const s = window.__cadforge!.store.getState();
    return s.code === text && !s.building && s.model !== null && s.failure === null;
  }, PASTED);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download code" }).click()]);
  const taskId = await page.evaluate(() => window.__cadforge!.store.getState().task.id);
  expect(download.suggestedFilename()).toBe(`${taskId}.py`);
  expect(await readFile(await download.path(), "utf8")).toBe(PASTED);
});
