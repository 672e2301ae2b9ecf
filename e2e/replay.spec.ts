import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

test.setTimeout(180_000);

const taskFile = (taskId: string, file: string) => readFileSync(new URL(`../tasks/${taskId}/${file}`, import.meta.url), "utf8");

interface Card {
  state: string;
  total: number | null;
}

async function cards(page: Page): Promise<Card[]> {
  return page.locator(".step-card").evaluateAll((els) =>
    els.map((el) => ({ state: (el as HTMLElement).dataset.state ?? "", total: (el as HTMLElement).dataset.total ? Number((el as HTMLElement).dataset.total) : null })),
  );
}

/** Waits until every card is scored, and returns the states each card went through. */
async function waitForScores(page: Page): Promise<Card[]> {
  await expect(page.locator(".step-card").first()).toBeVisible();
  await expect.poll(async () => (await cards(page)).every((c) => c.state === "built" || c.state === "failed"), { timeout: 150_000 }).toBe(true);
  return cards(page);
}

function expectRisingBuiltTotals(scored: Card[]): void {
  const built = scored.filter((c) => c.state === "built").map((c) => c.total!);
  for (let i = 1; i < built.length; i++) expect(built[i], `built step ${i} after ${built[i - 1]}`).toBeGreaterThan(built[i - 1]);
}

for (const taskId of ["cable_clip_snap", "table_six_leg_500n"]) {
  test(`the replay of ${taskId} scores every step live, totals rising`, async ({ page }) => {
    await page.goto(`/?view=replay&task=${taskId}`);
    const trajectory = JSON.parse(taskFile(taskId, "trajectory.json")) as { steps: { builds: boolean }[] };
    await expect(page.locator(".step-card")).toHaveCount(trajectory.steps.length);
    // Nothing is stored: the last card cannot have its score before the worker has scored the steps before it.
    expect((await cards(page)).at(-1)!.state).toMatch(/^(waiting|scoring)$/);
    await expect(page.locator(".step-card").first()).toContainText(/scoring…|waiting to score|builds/);

    const scored = await waitForScores(page);
    expect(scored.map((c) => c.state)).toEqual(trajectory.steps.map((s) => (s.builds ? "built" : "failed")));
    expectRisingBuiltTotals(scored);
    expect(scored.at(-1)!.total!).toBeGreaterThan(scored[0].total! + 0.5);
    for (const failed of scored.filter((c) => c.state === "failed")) expect(failed.total!).toBeLessThan(0);

    // The selected step's reward card and comparison: arrow keys move along the strip.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".step-card[aria-pressed=true]")).toHaveAttribute("data-step", "1");
    await expect(page.locator(".reward-total")).toHaveText(scored[1].total!.toFixed(3));
    await expect(page.locator(".code-diff header")).toContainText("Changes from the previous step");
    await expect(page.locator(".diff-added").first()).toBeVisible();
    await expect(page.locator(".compare-viewer")).toHaveAttribute("data-step-model", "ready");
    await expect(page.locator(".compare-viewer")).toHaveAttribute("data-seed-model", "ready");
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator(".step-card[aria-pressed=true]")).toHaveAttribute("data-step", "0");
    await page.screenshot({ path: `test-results/replay-${taskId}.png` });
  });
}

test("play steps through the trajectory; a step's reward and results export; open in editor continues from it", async ({ page }) => {
  await page.goto("/?view=replay&task=cable_clip_snap");
  await waitForScores(page);
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(page.locator(".step-card[aria-pressed=true]")).toHaveAttribute("data-step", "3", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();

  const [rewardFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Reward JSON" }).click()]);
  const reward = JSON.parse(readFileSync(await rewardFile.path(), "utf8"));
  expect(reward.task_id).toBe("cable_clip_snap");
  expect(reward.reward.total.toFixed(3)).toBe(await page.locator(".step-card[data-step='3'] .step-total").innerText());

  const [resultsFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Results JSONL" }).click()]);
  const lines = readFileSync(await resultsFile.path(), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  expect(lines.map((l) => l.step)).toEqual([0, 1, 2, 3]);
  expect(lines[3].code).toBe(taskFile("cable_clip_snap", "reference.js"));

  const [stl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "STL" }).click()]);
  expect(stl.suggestedFilename()).toBe("cable_clip_snap-step4.stl");
  expect(readFileSync(await stl.path()).length).toBeGreaterThan(10_000);

  await page.getByRole("button", { name: "Reference ghost" }).click();
  await expect(page.locator(".compare-viewer")).toHaveAttribute("data-ghost", "true");
  await page.getByRole("button", { name: "Side by side" }).click();
  await expect(page.locator(".compare-viewer")).toHaveAttribute("data-layout", "overlay");

  await page.locator(".step-card[data-step='1']").click();
  await page.getByRole("button", { name: "Open in editor" }).click();
  await expect(page.locator(".app")).toHaveAttribute("data-view", "editor");
  const code = await page.evaluate(() => window.__cadforge!.store.getState().code);
  expect(code).toBe(taskFile("cable_clip_snap", "step_1.js"));
  await expect(page.locator(".parts-list li .part-name").first()).toBeVisible({ timeout: 30_000 });
});

test("a JSONL file with one bad line loads the rest, names the bad line, and replays its episode", async ({ page }) => {
  await page.goto("/?view=replay");
  const row = (step: number, code: string) => JSON.stringify({ task_id: "cable_clip_snap", id: "ep-7", step, action: { code } });
  const file = [
    row(1, taskFile("cable_clip_snap", "step_1.js")),
    row(0, taskFile("cable_clip_snap", "seed.js")),
    '{"task_id": "cable_clip_snap", "code": "const main = () => 1;", "step": 2',
    row(2, taskFile("cable_clip_snap", "step_2.js")),
  ].join("\n");
  await page.getByTestId("rollouts-file").setInputFiles({ name: "rollouts.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(file) });

  await expect(page.locator(".rollouts-summary")).toHaveAttribute("data-rows", "3");
  await expect(page.locator(".rollouts-summary")).toContainText("3 rollouts in 1 trajectories from 4 lines; 1 line skipped");
  await expect(page.locator(".rollouts-errors li")).toHaveCount(1);
  await expect(page.locator(".rollouts-errors li[data-line='3']")).toContainText("line 3: not valid JSON");
  await expect(page.locator(".rollouts-list button[aria-pressed=true]")).toContainText("cable_clip_snap: episode ep-7");
  await expect(page.locator(".step-card .step-label")).toHaveText(["step 0", "step 1", "step 2"]);
  const scored = await waitForScores(page);
  expect(scored.map((c) => c.state)).toEqual(["built", "built", "built"]);
  expectRisingBuiltTotals(scored);
  await page.screenshot({ path: "test-results/replay-rollouts.png" });
});

test("a 10,000-line rollouts file loads with progress, stays responsive and scores only the trajectory on screen", async ({ page }) => {
  await page.goto("/?view=replay");
  const seeds = ["cable_clip_snap", "table_six_leg_500n"].map((id) => ({ id, code: taskFile(id, "seed.js") }));
  const lines = Array.from({ length: 10_000 }, (_, i) => {
    const { id, code } = seeds[i % 2];
    return JSON.stringify({ task_id: id, episode_id: `run-${i % 200}`, step: Math.floor(i / 200), code: `// rollout ${i}\n${code}` });
  });
  lines[7_776] = '{"task_id": 5}';
  await page.getByTestId("rollouts-file").setInputFiles({ name: "big.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });

  await expect(page.locator(".rollouts-summary")).toHaveAttribute("data-rows", "9999", { timeout: 30_000 });
  await expect(page.locator(".rollouts-errors li[data-line='7777']")).toContainText('"task_id" must be a non-empty string');
  await expect(page.locator(".rollouts-summary")).toContainText("in 200 trajectories from 10,000 lines");
  await expect(page.locator(".step-card")).toHaveCount(50);

  // The page answers while the file's trajectories wait: filtering and switching are immediate.
  await page.getByLabel("Filter trajectories").fill("run-17");
  await page.locator(".rollouts-list button", { hasText: "episode run-17" }).first().click();
  await expect(page.locator(".step-card[data-step='0']")).toBeVisible();
  await expect(page.locator(".step-card[data-step='0']")).toHaveAttribute("data-state", "built", { timeout: 60_000 });
  const notScored = await page.locator(".step-card[data-state='waiting']").count();
  expect(notScored, "steps of the viewed trajectory wait their turn rather than being scored up front").toBeGreaterThan(30);
});
