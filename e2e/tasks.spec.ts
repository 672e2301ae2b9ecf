import { expect, test, type Page } from "@playwright/test";
import { readFile, readdir } from "node:fs/promises";
import { plateAndPost } from "./support/fixtures";
import { editorText, modelsDrawn, replaceCode, waitForModelsDrawn } from "./support/workbench";

const CLIP = "cable_clip_snap";
const SHOTS = process.env.TASKS_SHOTS ?? "test-results/tasks";

interface TaskFile {
  id: string;
  prompt: string;
  checklist: { id: string; label: string }[];
}

const taskFile = async (id: string): Promise<TaskFile> => JSON.parse(await readFile(`tasks/${id}/task.json`, "utf8"));
const countTaskFolders = async () => (await readdir("tasks")).filter((name) => !name.startsWith(".")).length;

/** Monaco draws no text for an empty line, so code is compared by its non-blank lines. */
const codeLines = (code: string) => code.split("\n").map((line) => line.trimEnd()).filter(Boolean);

const taskButton = (page: Page) => page.getByRole("button", { name: /^Task/ });
const picker = (page: Page) => page.getByRole("dialog", { name: "Choose a task" });
const search = (page: Page) => picker(page).getByRole("combobox", { name: /Search tasks/ });
const options = (page: Page) => picker(page).getByRole("option");
const checklistItem = (page: Page, id: string) => page.locator(`.task-checklist li[data-item-id="${id}"]`);

test("pick a task: search narrows the list, the seed loads and builds, the checklist fills in, and the first task's edit comes back", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const firstId = await page.evaluate(() => window.__cadforge!.store.getState().task.id);
  expect(firstId).not.toBe(CLIP);

  // An edit to the first task, autosaved by the store.
  let drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  const currentCode = () => page.evaluate(() => window.__cadforge!.store.getState().code);
  const edited = await currentCode();
  expect(edited).toContain('name: "post"');

  // Open the picker: the search box has focus, every task is listed, grouped by level and family.
  await taskButton(page).click();
  await expect(picker(page)).toBeVisible();
  await expect(search(page)).toBeFocused();
  await expect(options(page)).toHaveCount(await countTaskFolders());
  await expect(picker(page).locator(".task-level-heading")).toHaveText(["easy", "medium", "hard"]);
  const hardware = picker(page).getByRole("group", { name: "easy: hardware" });
  await expect(hardware.getByRole("option", { name: /Cable clip snap/ })).toBeVisible();
  await expect(picker(page).getByRole("option", { name: /edited/ })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/picker-open.png` });

  // Arrow keys move the highlight, and the details follow it.
  const before = await search(page).getAttribute("aria-activedescendant");
  await search(page).press("ArrowDown");
  const after = await search(page).getAttribute("aria-activedescendant");
  expect(after).not.toBe(before);
  const highlighted = picker(page).locator(`[id="${after}"]`);
  await expect(highlighted).toHaveAttribute("aria-selected", "true");
  await expect(picker(page).locator(".task-details h3")).toHaveText(await highlighted.locator(".task-option-title").innerText());

  // Search narrows the list; the details show the prompt and the checklist from the task file.
  const clip = await taskFile(CLIP);
  await search(page).fill("clip");
  await expect(options(page)).toHaveText(["Cable clip snap"]);
  await expect(picker(page).locator(".task-prompt")).toHaveText(clip.prompt);
  await expect(picker(page).locator(".task-details-checklist li")).toHaveCount(clip.checklist.length);
  await expect(picker(page).locator(".task-details-checklist")).toContainText(clip.checklist[0].label);
  await search(page).fill("clip nothing-like-this");
  await expect(options(page)).toHaveCount(0);
  await expect(picker(page)).toContainText("No task matches");
  await search(page).fill("cable clip");
  await expect(options(page)).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/picker-search.png` });

  // Enter opens it: its seed is in the editor and builds. The seed scores fast, so the checklist's
  // states are recorded as they change rather than polled.
  await page.evaluate(() => {
    const root = document.querySelector(".task-checklist")!;
    const seen: string[] = [];
    (window as unknown as { envelopeStates: string[] }).envelopeStates = seen;
    new MutationObserver(() => {
      const state = root.querySelector('li[data-item-id="envelope"]')?.getAttribute("data-state");
      if (state && seen.at(-1) !== state) seen.push(state);
    }).observe(root, { subtree: true, childList: true, attributes: true });
  });
  drawn = await modelsDrawn(page);
  await search(page).press("Enter");
  await expect(picker(page)).toBeHidden();
  await expect(taskButton(page)).toContainText("Cable clip snap");
  await waitForModelsDrawn(page, drawn + 1);
  const seed = await readFile(`tasks/${CLIP}/seed.js`, "utf8");
  expect(codeLines(await editorText(page))).toEqual(codeLines(seed));
  await expect(page.locator(".parts-list li .part-name")).toHaveCount(1);
  await expect(page.getByRole("status")).toHaveAttribute("data-outcome", "built");

  // The checklist: every item of the task, then what the score measured on the seed (a bare pad).
  const checklist = page.getByRole("region", { name: "Checklist" });
  await expect(checklist.locator("li")).toHaveCount(clip.checklist.length);
  await expect(checklist).toHaveAttribute("data-checking", "false", { timeout: 40_000 });
  await expect(checklistItem(page, "envelope")).toHaveAttribute("data-state", "satisfied");
  const envelopeStates = await page.evaluate(() => (window as unknown as { envelopeStates: string[] }).envelopeStates);
  expect(envelopeStates.slice(-2), "the item shows checking until the seed's score arrives").toEqual(["checking", "satisfied"]);
  await expect(checklistItem(page, "envelope")).toContainText("45 × 20 × 3 mm, fits");
  await expect(checklistItem(page, "two_arms")).toHaveAttribute("data-state", "partial");
  await expect(checklistItem(page, "two_arms")).toContainText("1 of 2 snap arms");
  await expect(checklistItem(page, "screw_hole")).toHaveAttribute("data-state", "missing");
  await expect(checklistItem(page, "screw_hole")).toContainText("0 of 1 hole");
  // The bare pad, called "model", still plays one role by its shape and size: the envelope and that role are met.
  await expect(checklist.locator("h2")).toContainText(`2 of ${clip.checklist.length} met`);
  await page.screenshot({ path: `${SHOTS}/clip-seed-checklist.png` });

  // Back to the first task: the picker marks it edited, and the edit (not its seed) is restored.
  await taskButton(page).click();
  await search(page).fill(firstId);
  await expect(options(page)).toHaveCount(1);
  await expect(options(page).first()).toContainText("edited");
  drawn = await modelsDrawn(page);
  await options(page).first().click();
  await waitForModelsDrawn(page, drawn + 1);
  expect(await currentCode()).toBe(edited);
  await expect(page.locator('[data-editor="monaco"] .view-lines')).toContainText("postHeight");
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "post"]);
  const first = await taskFile(firstId);
  await expect(checklist.locator("li")).toHaveCount(first.checklist.length);
  await expect(checklist).toHaveAttribute("data-checking", "false", { timeout: 40_000 });
  await expect(checklist.locator("li[data-state=checking]")).toHaveCount(0);
});

test("Escape closes the picker without changing the task, and focus returns to its button", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const title = (await taskButton(page).textContent())!;
  await taskButton(page).click();
  await search(page).fill("chair");
  await search(page).press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(picker(page)).toBeHidden();
  await expect(taskButton(page)).toBeFocused();
  await expect(taskButton(page)).toHaveText(title);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the picker fills the screen, a tap opens a task, and its checklist sits under the viewer", async ({ page }) => {
    await page.goto("/");
    await waitForModelsDrawn(page, 1);
    await taskButton(page).tap();
    const box = (await picker(page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeLessThanOrEqual(844);
    await search(page).fill("hook");
    await expect(options(page)).toHaveText(["Wall J hook 120 N"]);
    await expect(picker(page).locator(".task-prompt")).toBeInViewport();
    await page.screenshot({ path: `${SHOTS}/phone-picker.png` });
    const drawn = await modelsDrawn(page);
    await options(page).first().tap();
    await waitForModelsDrawn(page, drawn + 1);
    const checklist = page.getByRole("region", { name: "Checklist" });
    await expect(checklist).toHaveAttribute("data-checking", "false", { timeout: 40_000 });
    await expect(checklist.locator("li[data-state=satisfied]").first()).toBeVisible();
    await expect(checklist.locator("li[data-state=missing]").first()).toBeVisible();
    const viewer = (await page.locator(".viewer").boundingBox())!;
    const list = (await checklist.boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(viewer.y + viewer.height - 1);
    expect(list.width).toBeGreaterThan(360);
    await checklist.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/phone-checklist.png`, fullPage: true });
  });
});

test("the parts list shows the role each part plays, found by its geometry, whatever it is called", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const reference = await readFile("tasks/caster_wheel_fork/reference.js", "utf8");
  // The same caster with its parts called "part 1" to "part 5".
  const renamed = `${reference}\nconst __main = main;\nmain = (r, params) => __main(r, params).map((p, i) => ({ ...p, name: "part " + (i + 1) }));`.replace("const main =", "let main =");
  const drawn = await modelsDrawn(page);
  await page.evaluate((code) => window.__cadforge!.store.openCode("caster_wheel_fork", code), renamed);
  await waitForModelsDrawn(page, drawn + 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["part 1", "part 2", "part 3", "part 4", "part 5"]);
  await expect(page.locator(".parts-list li .part-role")).toHaveText(["wheel", "axle", "fork", "swivel stem", "mounting plate"], { timeout: 30_000 });

  // Choosing a checklist line selects the parts it speaks of: the plate's holes are in "part 5".
  await page.locator('.task-checklist li[data-item-id="plate_holes"] button').click();
  await expect(page.locator(".parts-list li button.selected .part-name")).toHaveText(["part 5"]);
  await page.locator('.task-checklist li[data-item-id="wheel"] button').click();
  await expect(page.locator(".parts-list li button.selected .part-name")).toHaveText(["part 1"]);
});
