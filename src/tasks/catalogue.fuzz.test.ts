import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TASKS_DIR } from "./loadFromDisk";
import { parseCatalogue } from "./parseCatalogue";
import type { Catalogue } from "./types";
import { seededRandom } from "../../tests/hostile/seededRandom";

const CASES = 3000;
const TASK = "wall_j_hook_120n";
let folder: Record<string, string>;

beforeAll(async () => {
  folder = {};
  for (const name of await readdir(join(DEFAULT_TASKS_DIR, TASK))) folder[name] = await readFile(join(DEFAULT_TASKS_DIR, TASK, name), "utf8");
});

const asFiles = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [`tasks/${TASK}/${name}`, text]));

/** Either the task loads whole, or every error names the task, its file and says what is wrong. */
function expectClearOutcome(catalogue: Catalogue): void {
  expect(catalogue.tasks.length + catalogue.errors.length).toBeGreaterThan(0);
  if (catalogue.tasks.length === 1) {
    const task = catalogue.tasks[0];
    expect(catalogue.errors).toEqual([]);
    expect(typeof task.prompt).toBe("string");
    expect(typeof task.seed).toBe("string");
    for (const size of Object.values(task.envelope)) expect(Number.isFinite(size)).toBe(true);
    return;
  }
  expect(catalogue.tasks).toEqual([]);
  for (const error of catalogue.errors) {
    expect(error.taskId).toBe(TASK);
    expect(error.file).toMatch(new RegExp(`^tasks/${TASK}/`));
    expect(typeof error.message).toBe("string");
    expect(error.message.length).toBeGreaterThan(3);
  }
}

/** Sets `value` at a random place of a parsed JSON document (a field, an array item, or the whole). */
function mutate(document: unknown, random: ReturnType<typeof seededRandom>): unknown {
  if (random.next() < 0.1 || document === null || typeof document !== "object") return random.value();
  const copy: Record<string, unknown> = Array.isArray(document) ? ([...document] as unknown as Record<string, unknown>) : { ...(document as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || random.next() < 0.15) {
    copy[random.text(5)] = random.value();
    return copy;
  }
  const key = random.pick(keys);
  if (random.next() < 0.2) delete copy[key];
  else copy[key] = mutate(copy[key], random);
  return copy;
}

describe("task loader fuzzing", () => {
  it("the real task loads (the starting point of every case)", () => {
    expect(parseCatalogue(asFiles(folder)).tasks).toHaveLength(1);
  });

  it(`${CASES} random, truncated, mutated and oversized task folders each load or end in a located error`, () => {
    const random = seededRandom(0x7a5c);
    const taskJson = JSON.parse(folder["task.json"]);
    const trajectoryJson = JSON.parse(folder["trajectory.json"]);
    for (let i = 0; i < CASES; i++) {
      const files = { ...folder };
      switch (i % 6) {
        case 0:
          files["task.json"] = random.text(random.int(400));
          break;
        case 1:
          files["task.json"] = folder["task.json"].slice(0, random.int(folder["task.json"].length));
          break;
        case 2:
          files["task.json"] = JSON.stringify(mutate(taskJson, random));
          break;
        case 3:
          files["trajectory.json"] = random.next() < 0.5 ? JSON.stringify(mutate(trajectoryJson, random)) : folder["trajectory.json"].slice(0, random.int(folder["trajectory.json"].length));
          break;
        case 4:
          delete files[random.pick(Object.keys(folder))];
          break;
        default:
          // Oversized: a huge field, or nesting deep enough to exhaust a recursive reader.
          files["task.json"] =
            random.next() < 0.5
              ? JSON.stringify({ ...taskJson, [random.pick(Object.keys(taskJson))]: "x".repeat(2_000_000 + random.int(1000)) })
              : "[".repeat(200_000) + "]".repeat(200_000);
      }
      let catalogue: Catalogue | undefined;
      expect(() => (catalogue = parseCatalogue(asFiles(files))), `case ${i}`).not.toThrow();
      expectClearOutcome(catalogue!);
    }
  });
});
