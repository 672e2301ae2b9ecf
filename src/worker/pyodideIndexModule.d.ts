declare module "virtual:cadforge-pyodide-index" {
  /** The folder (absolute URL, ending in "/") where the page serves Pyodide's files. */
  export const pyodideIndexURL: string;
  /** Pyodide's standard library compiled to bytecode, in that folder. */
  export const pyodideStdlibURL: string;
  /** Our Python modules compiled to bytecode, in that folder. */
  export const pyodideModulesURL: string;
  /** An interpreter started on that library, as a snapshot of its memory, in that folder. */
  export const pyodideSnapshotURL: string;
}
