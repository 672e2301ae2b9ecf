/**
 * What the page needs of Pyodide's package when no package is loaded: its WASM, its JavaScript
 * glue and the lock file it reads at start. The build copies exactly these; the standard library
 * it serves compiled (`pyodideStdlibURL`), not as the package ships it.
 */
export const PYODIDE_FILES = ["pyodide.asm.wasm", "pyodide.asm.js", "pyodide-lock.json"] as const;

/** The module that says where the page serves them (`pyodideAssetsPlugin`). */
export const PYODIDE_INDEX_MODULE = "virtual:cadforge-pyodide-index";
