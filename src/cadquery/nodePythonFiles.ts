import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { PythonFiles } from "./pythonFiles";
import { compiledModulesPath, compiledStdlibPath, pythonSnapshotPath } from "./bytecode/compiledPython";

const require = createRequire(import.meta.url);

/**
 * Node reads Pyodide from its npm package, and its library, the snapshot of an interpreter started
 * on it and our modules (src/cadquery/python/) prepared once per installation, the modules again
 * whenever one changes.
 */
export const nodePythonFiles: PythonFiles = {
  pyodide: () => import("pyodide"),
  indexURL: dirname(require.resolve("pyodide/pyodide.mjs")) + "/",
  stdlib: compiledStdlibPath,
  modules: async () => plainView(await readFile(await compiledModulesPath())),
  snapshot: async () => plainView(await readFile(await pythonSnapshotPath())),
};

/** Pyodide takes typed arrays, not Node's Buffer. */
const plainView = (bytes: Buffer) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
