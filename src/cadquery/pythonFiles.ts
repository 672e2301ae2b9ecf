/** The Python modules of our CadQuery front end, installed into Pyodide in this order. */
export const PYTHON_MODULES = ["_cadforge_allowed", "_cadforge_selectors", "_cadforge_shapes", "_cadforge_location", "_cadforge_solids", "_cadforge_path", "_cadforge_curves", "_cadforge_turned", "_cadforge_solid_ops", "_cadforge_sketch", "_cadforge_workplane", "_cadforge_assembly", "_cadforge_exporters", "cadquery", "_cadforge_runner", "_cadforge_seal"] as const;

/**
 * Where Pyodide and our Python modules come from, read only when the first Python candidate
 * builds. Node reads them from the installed packages (`nodePythonFiles`); the page worker
 * fetches them as static assets of the build (`pagePythonFiles`).
 */
export interface PythonFiles {
  /**
   * Pyodide's loader (its JavaScript module's `loadPyodide`, which the page wraps). Each side
   * imports it itself, so that code which builds no Python (the page, until it serves Python)
   * neither bundles nor fetches it.
   */
  pyodide(): Promise<Pick<typeof import("pyodide"), "loadPyodide">>;
  /** Folder (path in Node, URL in the page) holding pyodide.asm.wasm, pyodide.asm.js and pyodide-lock.json. */
  indexURL: string;
  /** Path or URL of Pyodide's standard library compiled to bytecode (`bytecode/compiledPython`), in place of the source it ships. */
  stdlib(): Promise<string>;
  /** Our modules compiled to bytecode (`bytecode/compiledPython`): a marshalled list of (name, code) in `PYTHON_MODULES` order. */
  modules(): Promise<Uint8Array>;
  /** An interpreter's memory once started on that library, in our snapshot file format (`snapshotFile`): what each realm's Python starts from. */
  snapshot(): Promise<Uint8Array>;
}
