import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { PythonFiles } from "./pythonFiles";
import { compiledModulesPath, compiledStdlibPath } from "./bytecode/compiledPython";

const require = createRequire(import.meta.url);

/**
 * Node reads Pyodide from its npm package, and its library and our modules (src/cadquery/python/)
 * compiled once per installation, and again whenever a module changes.
 */
export const nodePythonFiles: PythonFiles = {
  pyodide: () => import("pyodide"),
  indexURL: dirname(require.resolve("pyodide/pyodide.mjs")) + "/",
  stdlib: compiledStdlibPath,
  modules: async () => {
    // A plain view: Pyodide takes typed arrays, not Node's Buffer.
    const bytes = await readFile(await compiledModulesPath());
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};
