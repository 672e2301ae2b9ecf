import { prepareInterpreter } from "../cadquery/pythonRuntime";
import { pagePythonFiles } from "./pagePythonFiles";

/**
 * Starts the page worker's Python interpreter (see `PREPARE_PYTHON_MESSAGE`). A small chunk of its
 * own, so that the worker's entry can load it without the kernel's code; the interpreter it starts
 * is the one the first Python build takes (`pythonRuntime` holds it for the realm).
 */
export function preparePagePython(): void {
  prepareInterpreter(pagePythonFiles);
}
