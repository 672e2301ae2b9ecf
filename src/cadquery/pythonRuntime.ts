import type { PyodideInterface } from "pyodide";
import type { PythonFiles } from "./pythonFiles";
import type { CadQueryBridge } from "./bridge/cadqueryBridge";
import type { EditabilityFigures } from "../model/editabilityFigures";
import { PythonSeal } from "./pythonSeal";
import { decodeSnapshot } from "./snapshotFile";

/** Loaded Python, with our `cadquery` module and the candidate runner installed. */
export interface PythonRuntime {
  /**
   * Runs one candidate; answers plain data (see `_cadforge_runner.run`), never throws for the
   * candidate's faults. `step` is called at every loop turn and function call of its code.
   */
  run(source: string, overrides: Record<string, unknown>, step: () => void): RunAnswer;
  /** Milliseconds the load took, from Pyodide's start to our modules installed. */
  initMs: number;
  /** Calls of the bridge that made geometry, over every run: a build reads its share as its operation count. */
  operations: { readonly count: number };
  /**
   * What candidates changed of the interpreter's shared state since it was sealed, by name; empty
   * when nothing did. Changes are not undone, so once non-empty the answer stays: the realm's
   * owner must replace it. Each job's owner checks when the job has settled.
   */
  changes(): string[];
  /**
   * The check a build makes before it runs `source`: only when another candidate ran last and no
   * check has followed (a caller building outside a job), or once something has changed.
   */
  changesBefore(source: string): string[];
}

export interface RunFailure {
  class: string;
  message: string;
  line: number | null;
  column: number | null;
  operation: string | null;
}

export type RunAnswer = {
  logs: [string, number | null][];
} & (
  | { ok: true; parts: { shape: unknown; name: string | null }[]; defaults: Record<string, number>; editability: PythonEditability }
  | { ok: false; failure: RunFailure }
);

/** What the scorer's editability reads, measured on Python's own syntax tree. */
export type PythonEditability = EditabilityFigures;

let loading: Promise<PythonRuntime> | null = null;
let starting: Promise<Interpreter> | null = null;

/** Pyodide started, with our modules' bytecode read: everything a runtime needs but the kernel. */
interface Interpreter {
  pyodide: PyodideInterface;
  modules: Uint8Array;
  startedAt: number;
}

const INSTALL = `
import marshal, sys, types
def _cadforge_install(compiled):
    for name, code in marshal.loads(compiled.to_bytes()):
        module = types.ModuleType(name)
        module.__file__ = "<cadforge " + name + ">"
        exec(code, module.__dict__)
        sys.modules[name] = module
`;

/**
 * Starts Pyodide, once per realm, without waiting for the kernel: a realm that knows its first
 * candidate is Python starts it while the kernel loads, and `loadPythonRuntime` takes it from
 * there. A start that fails is reported by that first load, which tries again.
 */
export function prepareInterpreter(files: PythonFiles): void {
  interpreterFor(files).catch(() => undefined);
}

function interpreterFor(files: PythonFiles): Promise<Interpreter> {
  starting ??= startInterpreter(files);
  starting.catch(() => (starting = null));
  return starting;
}

/**
 * Loads Python once per realm (the page worker or a Node thread that already holds the kernel),
 * the first time a Python candidate builds: replicad-only users never load it. The bridge is
 * the only way our Python reaches the kernel.
 */
export function loadPythonRuntime(files: PythonFiles, bridge: CadQueryBridge): Promise<PythonRuntime> {
  loading ??= interpreterFor(files).then((interpreter) => install(interpreter, bridge));
  loading.catch(() => (loading = null));
  return loading;
}

/** A fresh interpreter with our modules, every call: the bench measures what each further thread's start costs. */
export async function startPythonRuntime(files: PythonFiles, bridge: CadQueryBridge): Promise<PythonRuntime> {
  return install(await startInterpreter(files), bridge);
}

/**
 * Python's start is restored from a snapshot of an interpreter that has already started
 * (`pythonSnapshotPath`), which saves most of it. The snapshot is read beside Pyodide's script,
 * and `loadPyodide` fetches its WASM and library meanwhile: it waits for the snapshot only to
 * instantiate.
 */
async function startInterpreter(files: PythonFiles): Promise<Interpreter> {
  const startedAt = performance.now();
  const snapshot = files.snapshot().then(decodeSnapshot);
  snapshot.catch(() => undefined);
  const [{ loadPyodide }, stdLibURL] = await Promise.all([files.pyodide(), files.stdlib()]);
  const [pyodide, modules] = await Promise.all([
    loadPyodide({ indexURL: files.indexURL, stdLibURL, _loadSnapshot: snapshot, stdout: () => {}, stderr: () => {} }) as Promise<PyodideInterface>,
    files.modules(),
  ]);
  return { pyodide, modules, startedAt };
}

function install({ pyodide, modules, startedAt }: Interpreter, bridge: CadQueryBridge): PythonRuntime {
  // Python may set attributes of any JavaScript object it holds: frozen, the bridge stays what
  // every later candidate calls.
  for (const fn of Object.values(bridge.functions)) Object.freeze(fn);
  pyodide.registerJsModule("_cadforge_bridge", Object.freeze(bridge.functions));
  pyodide.runPython(INSTALL);
  const installModules = pyodide.globals.get("_cadforge_install");
  try {
    installModules(modules);
  } finally {
    installModules.destroy();
  }
  const runner = pyodide.pyimport("_cadforge_runner");
  const run = runner.run;
  const seal = new PythonSeal(pyodide);
  let lastSource: string | null = null;
  let unchecked = false;
  let changed: string[] = [];
  const changes = () => {
    if (changed.length === 0) changed = seal.changes();
    unchecked = false;
    return changed;
  };
  return {
    initMs: performance.now() - startedAt,
    operations: bridge.operations,
    run: (source, overrides, step) => {
      lastSource = source;
      unchecked = true;
      return run(source, JSON.stringify(overrides), step) as RunAnswer;
    },
    changes,
    changesBefore: (source) => (unchecked && source !== lastSource ? changes() : changed),
  };
}
