import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import type { Figure } from "./figure";

const GROUP = "bundle (production build, gzip level 9)";
/** Lazy chunks smaller than this are summed into one figure, not listed: Monaco alone has ~80 language chunks. */
const LISTED_LAZY_BYTES = 5 * 1024;
const KB = 1024;

interface Asset {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Files another chunk imports statically (`import … from "./x.js"`, `export … from`): they load with it. */
function staticImports(source: string): string[] {
  const program = parse(source, { ecmaVersion: "latest", sourceType: "module" });
  const found: string[] = [];
  for (const node of program.body) {
    const from = node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || node.type === "ExportNamedDeclaration" ? node.source?.value : undefined;
    if (typeof from === "string" && from.startsWith("./")) found.push(from.slice(2));
  }
  return found;
}

/** Worker entry files a chunk starts with `new Worker(new URL("x.js", import.meta.url))`, possibly URL-wrapped twice. */
function workerEntries(source: string): string[] {
  return [...source.matchAll(/new Worker\((?:new URL\()+\s*[`"']([\w.-]+\.js)[`"']\s*,\s*import\.meta\.url/g)].map((m) => m[1]);
}

/** Files a chunk loads with `import("./x.js")`. */
function dynamicImports(source: string): string[] {
  return [...source.matchAll(/\bimport\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g)].map((m) => m[1]);
}

/** The files and everything they import statically (and, with `dynamic`, by `import()` too), transitively. */
async function closure(assetsDir: string, roots: string[], read: (file: string) => Promise<string>, dynamic = false): Promise<Set<string>> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    const source = await read(join(assetsDir, file));
    pending.push(...staticImports(source), ...(dynamic ? dynamicImports(source) : []));
  }
  return seen;
}

const kb = (bytes: number) => bytes / KB;

export async function gzippedBytes(path: string): Promise<number> {
  return gzipSync(await readFile(path), { level: 9 }).length;
}

/**
 * Sizes of what the browser downloads, from the build in `distDir` (`bench/results/dist`): the
 * JavaScript `index.html` loads before the first model (its entry module and that module's
 * static imports, which Vite also lists as modulepreload links), the lazy chunks loaded later
 * (Monaco, the scorer, the agent API), the worker bundles, and the WASM.
 */
export async function bundleFigures(distDir: string): Promise<Figure[]> {
  const assetsDir = join(distDir, "assets");
  const cache = new Map<string, string>();
  const read = async (path: string) => cache.get(path) ?? cache.set(path, await readFile(path, "utf8")).get(path)!;
  const sizes = new Map<string, Asset>();
  for (const file of await readdir(assetsDir)) {
    const bytes = await readFile(join(assetsDir, file));
    sizes.set(file, { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  const sum = (files: Iterable<string>, key: "rawBytes" | "gzipBytes") => [...files].reduce((total, f) => total + (sizes.get(f)?.[key] ?? 0), 0);

  const html = await readFile(join(distDir, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
  if (entries.length === 0) throw new Error(`${join(distDir, "index.html")} has no <script type="module" src="./assets/…">`);
  const initial = await closure(assetsDir, entries, read);
  const initialJs = [...initial].filter((f) => f.endsWith(".js"));

  const jsFiles = [...sizes.keys()].filter((f) => f.endsWith(".js"));
  const workerRoots = new Set<string>();
  for (const file of jsFiles) for (const w of workerEntries(await read(join(assetsDir, file)))) workerRoots.add(w);
  const workerBundles = await Promise.all([...workerRoots].map(async (root) => ({ root, files: await closure(assetsDir, [root], read, true) })));
  const inWorker = new Set(workerBundles.flatMap((w) => [...w.files]));
  const lazy = jsFiles.filter((f) => !initial.has(f) && !inWorker.has(f)).map((f) => sizes.get(f)!).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const listed = lazy.filter((a) => a.gzipBytes >= LISTED_LAZY_BYTES);
  const small = lazy.filter((a) => a.gzipBytes < LISTED_LAZY_BYTES);
  const wasm = [...sizes.values()].filter((a) => a.file.endsWith(".wasm"));

  return [
    {
      group: GROUP,
      label: "initial JavaScript (entry module + its static imports), gzipped",
      value: kb(sum(initialJs, "gzipBytes")),
      unit: "kB",
      note: `${initialJs.length} files loaded before the first model (entry + static imports): ${initialJs.join(", ")}; raw ${kb(sum(initialJs, "rawBytes")).toFixed(0)} kB`,
    },
    {
      group: GROUP,
      label: "all lazy chunks, gzipped",
      value: kb(sum(lazy.map((a) => a.file), "gzipBytes")),
      unit: "kB",
      note: `${lazy.length} chunks loaded by dynamic import after start; raw ${kb(sum(lazy.map((a) => a.file), "rawBytes")).toFixed(0)} kB`,
    },
    ...listed.map((a): Figure => ({ group: GROUP, label: `lazy chunk ${a.file}, gzipped`, value: kb(a.gzipBytes), unit: "kB", note: `raw ${kb(a.rawBytes).toFixed(0)} kB` })),
    {
      group: GROUP,
      label: `${small.length} smaller lazy chunks (< ${LISTED_LAZY_BYTES / KB} kB each), gzipped`,
      value: kb(sum(small.map((a) => a.file), "gzipBytes")),
      unit: "kB",
      note: "mostly Monaco's language grammars, fetched only for their language",
    },
    ...workerBundles.map(
      ({ root, files }): Figure => ({
        group: GROUP,
        label: `worker ${root} with everything it imports, gzipped`,
        value: kb(sum(files, "gzipBytes")),
        unit: "kB",
        note: `${files.size} file(s), raw ${kb(sum(files, "rawBytes")).toFixed(0)} kB; WASM not included`,
      }),
    ),
    ...(await pyodideFolderFigures(distDir)),
    ...wasm.flatMap((a): Figure[] => [
      { group: GROUP, label: `WASM ${a.file}, raw`, value: kb(a.rawBytes), unit: "kB" },
      { group: GROUP, label: `WASM ${a.file}, gzipped`, value: kb(a.gzipBytes), unit: "kB", note: "what a static host with gzip sends" },
    ]),
  ];
}

/** Pyodide's folder, which only a page that builds Python fetches (and then keeps offline). */
async function pyodideFolderFigures(distDir: string): Promise<Figure[]> {
  const folder = (await readdir(distDir)).find((name) => name.startsWith("pyodide-"));
  if (!folder) throw new Error(`${distDir} has no pyodide-<version>/ folder: the page could not run Python`);
  const files = await readdir(join(distDir, folder));
  const bytes = await Promise.all(files.map((file) => readFile(join(distDir, folder, file))));
  const raw = bytes.reduce((total, b) => total + b.length, 0);
  const gzipped = bytes.reduce((total, b) => total + gzipSync(b, { level: 9 }).length, 0);
  const note = `${files.join(", ")}: fetched by the worker when the first Python candidate builds, never by replicad-only users`;
  return [
    { group: GROUP, label: `${folder}/ (Python in the page), raw`, value: kb(raw), unit: "kB", note },
    { group: GROUP, label: `${folder}/ (Python in the page), gzipped`, value: kb(gzipped), unit: "kB", note: "what a static host with gzip sends" },
  ];
}
