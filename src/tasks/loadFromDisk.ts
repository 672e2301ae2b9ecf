import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseCatalogue } from "./parseCatalogue";
import type { Catalogue } from "./types";

/** The repository's `tasks/` folder, found from this file so the CLI works from any directory. */
export const DEFAULT_TASKS_DIR = fileURLToPath(new URL("../../tasks", import.meta.url));

/** Node's catalogue: reads `tasks/<id>/*` and parses it exactly as the browser bundle does. */
export async function loadCatalogueFromDisk(tasksDir: string = DEFAULT_TASKS_DIR): Promise<Catalogue> {
  const files: Record<string, string> = {};
  const folders = await readdir(tasksDir, { withFileTypes: true });
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    for (const entry of await readdir(join(tasksDir, folder.name), { withFileTypes: true })) {
      if (entry.isFile()) files[`tasks/${folder.name}/${entry.name}`] = await readFile(join(tasksDir, folder.name, entry.name), "utf8");
    }
  }
  return parseCatalogue(files);
}
