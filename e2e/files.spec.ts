import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { plateAndPost } from "./support/fixtures";
import { editorText, modelsDrawn, replaceCode, waitForModelsDrawn, waitForMonaco } from "./support/workbench";

test("STL export downloads a binary STL that parses", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const drawn = await modelsDrawn(page);
  await replaceCode(page, plateAndPost);
  await waitForModelsDrawn(page, drawn + 1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "STL" }).click()]);
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(84);
  const triangles = bytes.readUInt32LE(80);
  expect(triangles).toBeGreaterThan(12);
  expect(bytes.length).toBe(84 + 50 * triangles);

  // Every vertex is finite and inside the model: plate 80 x 60 x 8 on the XY plane, post to z = 48.
  for (let t = 0; t < triangles; t++) {
    for (let v = 0; v < 3; v++) {
      const at = 84 + t * 50 + 12 + v * 12;
      const [x, y, z] = [bytes.readFloatLE(at), bytes.readFloatLE(at + 4), bytes.readFloatLE(at + 8)];
      expect(Math.abs(x)).toBeLessThanOrEqual(40.001);
      expect(Math.abs(y)).toBeLessThanOrEqual(30.001);
      expect(z).toBeGreaterThanOrEqual(-0.001);
      expect(z).toBeLessThanOrEqual(48.001);
    }
  }
});

test("a reload restores the edited code and builds it", async ({ page }) => {
  await page.goto("/");
  await waitForModelsDrawn(page, 1);
  const edited = plateAndPost.replace('name: "post"', 'name: "restored-post"');
  await replaceCode(page, edited);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "restored-post"]);

  await page.reload();
  await waitForModelsDrawn(page, 1);
  await expect(page.locator(".parts-list li .part-name")).toHaveText(["plate", "restored-post"]);
  await waitForMonaco(page);
  expect(await editorText(page)).toContain('name: "restored-post"');

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.locator(".parts-list li .part-name")).not.toHaveText(["plate", "restored-post"]);
  expect(await editorText(page)).not.toContain("restored-post");
});
