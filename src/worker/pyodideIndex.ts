/**
 * What the page needs of Pyodide's package when no package is loaded: its WASM, its JavaScript
 * glue, the standard library and the lock file it reads at start. The build copies exactly these.
 */
export const PYODIDE_FILES = ["pyodide.asm.wasm", "pyodide.asm.js", "python_stdlib.zip", "pyodide-lock.json"] as const;

/** The module that says where the page serves them (`pyodideAssetsPlugin`). */
export const PYODIDE_INDEX_MODULE = "virtual:cadforge-pyodide-index";
