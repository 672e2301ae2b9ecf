import { pyodideIndexURL, pyodideModulesURL, pyodideStdlibURL } from "virtual:cadforge-pyodide-index";
import type { PythonFiles } from "../cadquery/pythonFiles";
import { PYODIDE_FILES } from "./pyodideIndex";
import { blockedStandIn } from "../kernel/sandbox";
import { lendMessageChannel } from "./lockdown";

/**
 * The page worker's Python files. Nothing here is fetched until the first Python candidate
 * builds: the `pyodide` package is a lazy chunk, Pyodide's own files and our modules' bytecode
 * are static assets of the build (`pyodideAssetsPlugin`). The glue script is imported before
 * Pyodide starts, since the locked-down worker has no `importScripts` for Pyodide to load it
 * with; its factory runs with a `MessageChannel` lent (see `lendMessageChannel`).
 */
export const pagePythonFiles: PythonFiles = {
  pyodide: async () => {
    refuseImmediates();
    const pyodide = await import("pyodide");
    await import(/* @vite-ignore */ pyodideIndexURL + "pyodide.asm.js");
    const scope = globalThis as unknown as { _createPyodideModule: (settings: unknown) => Promise<unknown> };
    const create = scope._createPyodideModule;
    scope._createPyodideModule = (settings) => lendMessageChannel(() => create(settings));
    return pyodide;
  },
  indexURL: pyodideIndexURL,
  stdlib: async () => pyodideStdlibURL,
  modules: async () => {
    const response = await fetch(pyodideModulesURL, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`our Python modules could not be loaded from ${pyodideModulesURL} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  },
};

/** Python's files that the worker's `fetch` may still read after lockdown, on demand. */
export const PYODIDE_FILE_URLS: readonly string[] = [...PYODIDE_FILES.map((name) => pyodideIndexURL + name), pyodideStdlibURL, pyodideModulesURL];

/**
 * Without a `setImmediate`, Pyodide's glue builds one from a "message" listener on the worker,
 * which lockdown keeps for the page's channel alone. It gets one that refuses instead: our Python
 * runs each candidate synchronously and never schedules work for later. After lockdown the worker
 * has one already (`lockDownWorkerScope`); before it, this one is configurable, for lockdown to
 * replace with one that stays.
 */
function refuseImmediates(): void {
  if ("setImmediate" in globalThis) return;
  Object.defineProperty(globalThis, "setImmediate", { value: blockedStandIn("setImmediate"), writable: false, enumerable: false, configurable: true });
}
