/**
 * Posted by the page outside Comlink when its first request is Python: the worker's entry starts
 * Python's interpreter on it at once, before the worker's API (and the kernel's code with it) has
 * even loaded, so that Pyodide and the kernel load together. Comlink ignores it. A module of its
 * own, so that the entry's chunk holds it and a replicad-only worker fetches nothing more.
 */
export const PREPARE_PYTHON_MESSAGE = { cadforge: "prepare-python" } as const;

export function isPreparePythonMessage(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { cadforge?: unknown }).cadforge === PREPARE_PYTHON_MESSAGE.cadforge;
}
