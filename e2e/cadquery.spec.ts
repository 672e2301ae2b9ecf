import { expect, test } from "@playwright/test";
import { runCadforge } from "../tests/support/runCadforge";
import { openCodeAndSettle, waitForModelsDrawn } from "./support/workbench";

const TASK = "caster_wheel_fork";
const CADQUERY = `import cadquery as cq

width = 40
plate = cq.Workplane("XY").box(width, 30, 4)
print("plate width", width)
result = plate.faces(">Z").workplane().rect(20, 10).extrude(6).edges("|Z").fillet(1)
`;

/** The result without its timings, the one part that may differ between runs. */
function timeless(result: Record<string, unknown>): Record<string, unknown> {
  const { elapsed_ms, id: _id, line: _line, ...rest } = result;
  expect(elapsed_ms).toBeDefined();
  return rest;
}

test("a CadQuery model builds in the page, is drawn with its console output, and scores the same JSON as the Node command", async ({ page }) => {
  const input = JSON.stringify({ id: "0", task_id: TASK, code: CADQUERY });
  const run = await runCadforge(["score", "--jsonl", "-", "--workers", "1", "--mode", "fast"], input);
  expect(run.code, run.stderr).toBe(0);
  const inNode = JSON.parse(run.stdout.trim());
  expect(inNode.ok).toBe(true);

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

  const inPage = (await page.evaluate(([id, text]) => window.__cadforge!.store.scoreCode(id, text, "fast"), [TASK, CADQUERY] as const)) as unknown as Record<string, unknown>;
  expect(JSON.stringify(timeless(inPage))).toBe(JSON.stringify(timeless(inNode)));
});
