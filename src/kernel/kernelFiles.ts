import type { HelperLibraryName } from "./libraries/helperLibraries";
import type { PythonFiles } from "../cadquery/pythonFiles";

/**
 * What the kernel reads besides the WASM, each only when a build first needs it, so code that
 * never uses text or a helper library downloads nothing more. The page serves them as static
 * assets (`worker/pageKernelFiles`), Node reads them from the installed packages (`nodeKernelFiles`).
 */
export interface KernelFiles {
  /** The bundled default font (TTF): text is drawn with it unless the code loads another. */
  defaultFont(): Promise<ArrayBuffer>;
  /**
   * A font the code named by URL (`loadFont(url)`). The page reads its own origin only; Node
   * refuses every URL. Fails with a message that names the URL.
   */
  fontFile(url: string): Promise<ArrayBuffer>;
  /** The ES module source of a bundled helper library, which imports only "replicad". */
  librarySource(name: HelperLibraryName): Promise<string>;
  /** Pyodide and our CadQuery modules, for Python candidates; where absent, a Python candidate fails saying so. */
  python?: PythonFiles;
}
