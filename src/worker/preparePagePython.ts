import { prepareInterpreter } from "../cadquery/pythonRuntime";
import { pagePythonFiles } from "./pagePythonFiles";

/**
 * Starts the page worker's Python interpreter (see `PREPARE_PYTHON_MESSAGE`). A small chunk of its
 * own, so that the worker's entry can load it without the kernel's code; the interpreter it starts
 * is the one the first Python build takes (`pythonRuntime` holds it for the realm). The bridge's
 * code, which that build imports once the kernel has loaded, is fetched now too, beside Pyodide's
 * files, so that it is not one more round trip then (0.3 s from a busy server).
 */
export function preparePagePython(): void {
  prepareInterpreter(pagePythonFiles);
  import("../cadquery/bridge/cadqueryBridge").catch(() => undefined);
}
