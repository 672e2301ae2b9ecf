import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PythonFiles } from "./pythonFiles";
import { compiledStdlibPath } from "./stdlib/compiledStdlib";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Node reads Pyodide from its npm package, its library compiled once per installation, and our modules from src/cadquery/python/. */
export const nodePythonFiles: PythonFiles = {
  pyodide: () => import("pyodide"),
  indexURL: dirname(require.resolve("pyodide/pyodide.mjs")) + "/",
  stdlib: compiledStdlibPath,
  moduleSource: (name) => readFile(join(here, "python", `${name}.py`), "utf8"),
};
