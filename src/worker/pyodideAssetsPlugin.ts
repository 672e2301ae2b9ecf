import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";
import { PYODIDE_FILES, PYODIDE_INDEX_MODULE } from "./pyodideIndex.ts";
import { compiledModulesName, compiledModulesPath, compiledStdlibName, compiledStdlibPath, pythonSnapshotName, pythonSnapshotPath } from "../cadquery/bytecode/compiledPython.ts";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("pyodide/package.json"));
const version = (require("pyodide/package.json") as { version: string }).version;
/** The version is in the folder's name: a new Pyodide is a new URL, never a stale cached file. */
export const PYODIDE_FOLDER = `pyodide-${version}`;
const VIRTUAL_ID = "\0" + PYODIDE_INDEX_MODULE;

const CONTENT_TYPES: Record<string, string> = { ".wasm": "application/wasm", ".js": "text/javascript", ".zip": "application/zip", ".json": "application/json" };
/** The dev server's name for our modules' bytecode: compiled from the sources as they are at each request. */
const DEV_MODULES = "cadforge_modules.bin";

/**
 * Pyodide finds its files by their fixed names in one folder (`indexURL`), so they cannot be
 * hashed assets: the build writes them as `pyodide-<version>/<name>`, the dev server serves the
 * same paths from the package. `virtual:cadforge-pyodide-index` tells the worker where that
 * folder is, relative to its own chunk, so the site works under any sub-path. The worker's bundle,
 * built apart, takes it with `emit: false`: the files are written once, by the page's build.
 * In place of the standard library's source, the folder holds it compiled to bytecode, with the
 * snapshot of an interpreter started on it and our modules compiled beside it (`compiledPython`),
 * each under a name that changes with its content.
 */
export function pyodideAssetsPlugin({ emit = true }: { emit?: boolean } = {}): Plugin {
  let serving = false;
  return {
    name: "cadforge:pyodide-assets",
    configResolved(config) {
      serving = config.command === "serve";
    },
    resolveId: (id) => (id === PYODIDE_INDEX_MODULE ? VIRTUAL_ID : null),
    load(id) {
      if (id !== VIRTUAL_ID) return null;
      // Built chunks live in assets/, one folder below the app's root; the dev server serves from its root.
      const fromChunk = serving ? `/${PYODIDE_FOLDER}/` : `../${PYODIDE_FOLDER}/`;
      // Resolved when the worker runs: the folder is written beside the chunks, not imported by them.
      return [
        `export const pyodideIndexURL = new URL(/* @vite-ignore */ ${JSON.stringify(fromChunk)}, import.meta.url).href;`,
        `export const pyodideStdlibURL = pyodideIndexURL + ${JSON.stringify(compiledStdlibName())};`,
        `export const pyodideModulesURL = pyodideIndexURL + ${JSON.stringify(serving ? DEV_MODULES : compiledModulesName())};`,
        `export const pyodideSnapshotURL = pyodideIndexURL + ${JSON.stringify(pythonSnapshotName())};`,
      ].join("\n");
    },
    async generateBundle() {
      if (!emit) return;
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${name}`, source: await readFile(join(packageDir, name)) });
      }
      this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${compiledStdlibName()}`, source: await readFile(await compiledStdlibPath()) });
      this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${compiledModulesName()}`, source: await readFile(await compiledModulesPath()) });
      this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${pythonSnapshotName()}`, source: await readFile(await pythonSnapshotPath()) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? "/", "http://dev").pathname;
        const prefix = `/${PYODIDE_FOLDER}/`;
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : null;
        const file =
          name === null ? null
          : (PYODIDE_FILES as readonly string[]).includes(name) ? Promise.resolve(join(packageDir, name))
          : name === compiledStdlibName() ? compiledStdlibPath()
          : name === DEV_MODULES ? compiledModulesPath()
          : name === pythonSnapshotName() ? pythonSnapshotPath()
          : null;
        if (!name || !file) return next();
        response.setHeader("content-type", CONTENT_TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream");
        if (name === DEV_MODULES) response.setHeader("cache-control", "no-store");
        file.then(
          (found) => createReadStream(found).pipe(response),
          (error: unknown) => next(error),
        );
      });
    },
  };
}
