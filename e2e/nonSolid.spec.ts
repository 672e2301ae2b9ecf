import { expect, test, type Page } from "@playwright/test";
import { runCadforge } from "../tests/support/runCadforge";
import { decodePng } from "./support/png";
import { waitForModelsDrawn } from "./support/workbench";

const TASK = "caster_wheel_fork";

/** Outlines and a surface, no solid: a drawing (red), a sketch on XZ, and a face (blue). */
const FLAT = [
  "const { drawCircle, drawRectangle, makePolygon } = replicad;",
  "const main = () => [",
  '  { shape: drawCircle(20), name: "rim", color: "#e01010" },',
  '  { shape: drawRectangle(30, 10).sketchOnPlane("XZ"), name: "profile" },',
  '  { shape: makePolygon([[-10, -10, 5], [10, -10, 5], [10, 10, 5], [-10, 10, 5]]), name: "lid", color: "#1040e0" },',
  "];",
].join("\n");

/** A solid with a drawing and a wire beside it. */
const MIXED = [
  "const { makeBaseBox, drawCircle, makeLine, assembleWire } = replicad;",
  "const main = () => [",
  '  { shape: makeBaseBox(30, 30, 10), name: "block" },',
  '  { shape: drawCircle(25), name: "footprint", color: "#e01010" },',
  '  { shape: assembleWire([makeLine([0, 0, 10], [0, 0, 40]), makeLine([0, 0, 40], [20, 0, 40])]), name: "crane" },',
  "];",
].join("\n");

/**
 * Opens `code` as the user's and waits until its model is drawn (the viewer reports the frame)
 * and its reward card score has arrived; returns what the store holds of both.
 */
async function drawAndScore(page: Page, code: string) {
  await page.evaluate(([id, text]) => window.__cadforge!.store.openCode(id, text), [TASK, code] as const);
  await page.waitForFunction(
    (text) => {
      const probe = window.__cadforge!;
      const state = probe.store.getState();
      const drawn = state.model !== null && probe.renders.some((r) => r.buildId === state.model!.buildId);
      return state.code === text && !state.building && !state.scoring && state.score !== null && drawn;
    },
    code,
    { timeout: 120_000 },
  );
  return page.evaluate(() => {
    const state = window.__cadforge!.store.getState();
    const model = state.model!;
    return {
      failure: state.failure,
      parts: model.parts.map((p) => p.name),
      nonSolids: model.nonSolids.map((n) => ({ name: n.name, kind: n.kind, segments: n.lines.length / 6, triangles: n.indices.length / 3 })),
      score: state.score as unknown as Record<string, unknown> & { ok: boolean; failure: { class: string; message: string } | null; notes: string[] },
    };
  });
}

/** Pixels of the viewer's canvas near `rgb` (antialiased lines blend at their edges, so the match is loose). */
async function pixelsNear(page: Page, rgb: [number, number, number]): Promise<number> {
  const { pixels } = decodePng(await page.locator(".viewer canvas").screenshot());
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.abs(pixels[i] - rgb[0]) + Math.abs(pixels[i + 1] - rgb[1]) + Math.abs(pixels[i + 2] - rgb[2]) < 120) count++;
  }
  return count;
}

async function scoreInNode(code: string): Promise<Record<string, unknown>> {
  const run = await runCadforge(["score", "--jsonl", "-", "--workers", "1", "--mode", "fast"], JSON.stringify({ task_id: TASK, code }));
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim());
}

/** The result without what may differ between runs or the batch adds. */
function timeless(result: Record<string, unknown>): Record<string, unknown> {
  const { elapsed_ms: _elapsed, id: _id, line: _line, ...rest } = result;
  return rest;
}

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
});

test("a model with no solid is drawn (outlines as lines, a face as a surface), listed as shown and not scored, and scores as invalid_return as in Node", async ({ page }) => {
  const shown = await drawAndScore(page, FLAT);
  expect(shown.failure).toBeNull();
  expect(shown.parts).toEqual([]);
  expect(shown.nonSolids.map(({ name, kind }) => ({ name, kind }))).toEqual([
    { name: "rim", kind: "drawing" },
    { name: "profile", kind: "sketch" },
    { name: "lid", kind: "face" },
  ]);
  expect(shown.nonSolids[0].segments).toBeGreaterThan(16);
  expect(shown.nonSolids[0].triangles).toBe(0);
  expect(shown.nonSolids[1].segments).toBe(4);
  expect(shown.nonSolids[2].triangles).toBe(2);

  await expect(page.locator(".viewer")).toHaveAttribute("data-model-state", "current");
  await expect(page.locator(".parts-list-head")).toContainText("Parts (0) + 3 not scored");
  const items = page.locator(".parts-list li.non-solid");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute("data-kind", "drawing");
  await expect(items.nth(0)).toContainText("rim");
  await expect(items.nth(0)).toContainText("shown, not scored");
  await expect(items.nth(2)).toContainText("face");
  // The rim's red outline and the lid's blue surface are on the canvas.
  expect(await pixelsNear(page, [0xe0, 0x10, 0x10])).toBeGreaterThan(50);
  expect(await pixelsNear(page, [0x10, 0x40, 0xe0])).toBeGreaterThan(500);

  expect(shown.score.ok).toBe(false);
  expect(shown.score.failure!.class).toBe("invalid_return");
  expect(shown.score.failure!.message).toContain('main returned no solid, only drawing "rim", sketch "profile" and face "lid"');
  expect(shown.score.failure!.message).toContain("only solids are scored");
  await expect(page.locator(".task-checklist")).toContainText("no solid to measure");
  await expect(page.locator(".task-checklist")).not.toContainText("the code did not build");
  await expect(page.getByRole("button", { name: "STL" })).toBeDisabled();
  expect(timeless(shown.score)).toEqual(timeless(await scoreInNode(FLAT)));
});

test("a solid with a drawing and a wire beside it: all drawn, the solid scored, the rest listed and noted as not scored, as in Node", async ({ page }) => {
  const shown = await drawAndScore(page, MIXED);
  expect(shown.failure).toBeNull();
  expect(shown.parts).toEqual(["block"]);
  expect(shown.nonSolids.map(({ name, kind, triangles }) => ({ name, kind, triangles }))).toEqual([
    { name: "footprint", kind: "drawing", triangles: 0 },
    { name: "crane", kind: "wire", triangles: 0 },
  ]);
  expect(shown.nonSolids[1].segments).toBe(2);

  await expect(page.locator(".parts-list-head")).toContainText("Parts (1) + 2 not scored");
  await expect(page.locator(".parts-list li:not(.non-solid) .part-name")).toHaveText(["block"]);
  await expect(page.locator(".parts-list li.non-solid .part-kind")).toHaveText(["drawing", "wire"]);
  expect(await pixelsNear(page, [0xe0, 0x10, 0x10])).toBeGreaterThan(50);

  expect(shown.score.ok).toBe(true);
  expect(shown.score.notes.at(-1)).toBe('shown, not scored: drawing "footprint" and wire "crane"; only solids are scored, and only they are exported');
  await expect(page.locator(".reward-card")).toContainText('shown, not scored: drawing "footprint" and wire "crane"');
  await expect(page.getByRole("button", { name: "STL" })).toBeEnabled();
  expect(timeless(shown.score)).toEqual(timeless(await scoreInNode(MIXED)));

  // The next build, a plain solid, leaves nothing of them behind.
  const next = await drawAndScore(page, "const { makeCylinder } = replicad;\nconst main = () => makeCylinder(5, 20);");
  expect(next.nonSolids).toEqual([]);
  await expect(page.locator(".parts-list li.non-solid")).toHaveCount(0);
});
