import { parseCatalogue } from "./parseCatalogue";
import type { Catalogue } from "./types";

// Vite inlines every task file as text at build time, so the static app needs no fetches.
const files = import.meta.glob("/tasks/*/*", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The browser's catalogue: the same files and the same parser as `loadCatalogueFromDisk`. */
export const bundledCatalogue: Catalogue = parseCatalogue(files);
