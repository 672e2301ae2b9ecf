import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";
import { PYODIDE_FILES, PYODIDE_INDEX_MODULE } from "./pyodideIndex.ts";
import { compiledStdlibName, compiledStdlibPath } from "../cadquery/stdlib/compiledStdlib.ts";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("pyodide/package.json"));
const version = (require("pyodide/package.json") as { version: string }).version;
/** The version is in the folder's name: a new Pyodide is a new URL, never a stale cached file. */
export const PYODIDE_FOLDER = `pyodide-${version}`;
const VIRTUAL_ID = "\0" + PYODIDE_INDEX_MODULE;

const CONTENT_TYPES: Record<string, string> = { ".wasm": "application/wasm", ".js": "text/javascript", ".zip": "application/zip", ".json": "application/json" };

/**
 * Pyodide finds its files by their fixed names in one folder (`indexURL`), so they cannot be
 * hashed assets: the build writes them as `pyodide-<version>/<name>`, the dev server serves the
 * same paths from the package. `virtual:cadforge-pyodide-index` tells the worker where that
 * folder is, relative to its own chunk, so the site works under any sub-path. The worker's bundle,
 * built apart, takes it with `emit: false`: the files are written once, by the page's build.
 * In place of the standard library's source, the folder holds it compiled to bytecode
 * (`compiledStdlib`), under a name that changes whenever its content may.
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
      ].join("\n");
    },
    async generateBundle() {
      if (!emit) return;
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${name}`, source: await readFile(join(packageDir, name)) });
      }
      this.emitFile({ type: "asset", fileName: `${PYODIDE_FOLDER}/${compiledStdlibName()}`, source: await readFile(await compiledStdlibPath()) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? "/", "http://dev").pathname;
        const prefix = `/${PYODIDE_FOLDER}/`;
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : null;
        const stdlib = name === compiledStdlibName();
        if (!name || (!stdlib && !(PYODIDE_FILES as readonly string[]).includes(name))) return next();
        response.setHeader("content-type", CONTENT_TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream");
        if (!stdlib) return void createReadStream(join(packageDir, name)).pipe(response);
        compiledStdlibPath().then(
          (file) => createReadStream(file).pipe(response),
          (error: unknown) => next(error),
        );
      });
    },
  };
}
