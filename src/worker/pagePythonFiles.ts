import { pyodideIndexURL, pyodideModulesURL, pyodideSnapshotURL, pyodideStdlibURL } from "virtual:cadforge-pyodide-index";
import type { PythonFiles } from "../cadquery/pythonFiles";
import { PYODIDE_FILES } from "./pyodideIndex";
import { lendMessageChannel } from "./lockdown";
import { takePythonDownload } from "./pagePythonDownloads";

/**
 * The page worker's Python files. Nothing here is fetched until the first Python candidate
 * builds (or the page says it will, `startPythonDownloads`): the `pyodide` package is a lazy
 * chunk, Pyodide's own files, the interpreter snapshot and our modules' bytecode are static assets
 * of the build (`pyodideAssetsPlugin`). The glue's factory runs with a `MessageChannel` lent (see
 * `lendMessageChannel`); it is put on the global object, where Pyodide looks for it, as Pyodide
 * starts and just before Pyodide calls it, not when the glue arrives: a job that ends removes the
 * globals its realm did not start with.
 */
export const pagePythonFiles: PythonFiles = {
  pyodide: async () => {
    const [{ loadPyodide }, create] = await Promise.all([takePythonDownload("pyodide"), takePythonDownload("glue")]);
    const scope = globalThis as unknown as { _createPyodideModule: (settings: unknown) => Promise<unknown> };
    const putBack = () => (scope._createPyodideModule = (settings) => lendMessageChannel(() => create(settings)));
    return {
      loadPyodide: (options) => {
        putBack();
        const snapshot = options?._loadSnapshot;
        if (!snapshot) return loadPyodide(options);
        // Pyodide calls the factory once the snapshot is in hand, after a wait in which a job may
        // have ended: it is put back again then, with nothing but microtasks before the call.
        return loadPyodide({ ...options, _loadSnapshot: Promise.resolve(snapshot).then((bytes) => (putBack(), bytes)) });
      },
    };
  },
  indexURL: pyodideIndexURL,
  stdlib: async () => pyodideStdlibURL,
  modules: () => takePythonDownload("modules"),
  snapshot: () => takePythonDownload("snapshot"),
};

/** Python's files that the worker's `fetch` may still read after lockdown, on demand. */
export const PYODIDE_FILE_URLS: readonly string[] = [...PYODIDE_FILES.map((name) => pyodideIndexURL + name), pyodideStdlibURL, pyodideModulesURL, pyodideSnapshotURL];
