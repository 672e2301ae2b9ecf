import { expect, test, type Page } from "@playwright/test";
import { waitForModelsDrawn } from "./support/workbench";

/** Opens `code` as the user's on the caster task and waits for its build to settle (drawn or failed). */
async function buildInPage(page: Page, code: string) {
  await page.evaluate((text) => window.__cadforge!.store.openCode("caster_wheel_fork", text), code);
  await page.waitForFunction((text) => {
    const state = window.__cadforge!.store.getState();
    return state.code === text && !state.building && (state.model !== null || state.failure !== null);
  }, code);
  return page.evaluate(() => {
    const state = window.__cadforge!.store.getState();
    return { parts: state.model?.parts.map((p) => p.name) ?? null, failure: state.failure, logs: state.logs, defaultParams: state.defaultParams };
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
});

test("a promise the code never awaited fails after main returned: logged with its line, the model stands, the next build works", async ({ page }) => {
  const stray = [
    "const { makeBaseBox } = replicad;",
    "const later = async () => { throw new Error('late trouble'); };",
    "const main = () => {",
    "  later();",
    "  return makeBaseBox(10, 10, 10);",
    "};",
  ].join("\n");
  const built = await buildInPage(page, stray);
  expect(built.failure).toBeNull();
  expect(built.parts).toHaveLength(1);
  expect(built.logs).toContainEqual(expect.objectContaining({ level: "error", line: expect.any(Number), text: expect.stringContaining("late trouble") }));
  const next = await buildInPage(page, "const { makeCylinder } = replicad;\nconst main = () => makeCylinder(5, 20);");
  expect(next.failure).toBeNull();
  expect(next.parts).toHaveLength(1);
});

test("code written for another viewer's argument order gets an error that says what main receives here", async ({ page }) => {
  const other = ["export default function main({ drawRoundedRectangle }) {", "  return drawRoundedRectangle(30, 20, 3).sketchOnPlane().extrude(5);", "}"].join("\n");
  const built = await buildInPage(page, other);
  expect(built.parts).toBeNull();
  expect(built.failure?.message).toContain("main's first argument is the parameters here");
});

test("studio forms: a named main export gets replicad then nested parameters, and an unused missing name is a warning", async ({ page }) => {
  const named = [
    'import { makeBaseBox, makeImaginaryThing } from "replicad";',
    "export const defaultParams = { width: 30, hole: { depth: 4 } };",
    "export function main(r, { width, hole }) {",
    "  return r.makeBaseBox(width, 20, 10 + hole.depth);",
    "}",
  ].join("\n");
  const built = await buildInPage(page, named);
  expect(built.failure).toBeNull();
  expect(built.parts).toHaveLength(1);
  expect(built.defaultParams).toEqual({ width: 30 });
  expect(built.logs).toContainEqual(expect.objectContaining({ level: "warn", line: 1, text: expect.stringContaining("makeImaginaryThing") }));
});
