import { pyodideIndexURL, pyodideModulesURL, pyodideSnapshotURL } from "virtual:cadforge-pyodide-index";
import { blockedStandIn } from "../kernel/sandbox";

type ModuleFactory = (settings: unknown) => Promise<unknown>;

/** What the page worker downloads to start Python: `pyodide`'s module, its glue's factory, the interpreter snapshot, our modules. */
export interface PythonDownloads {
  pyodide: Promise<typeof import("pyodide")>;
  glue: Promise<ModuleFactory>;
  snapshot: Promise<Uint8Array>;
  modules: Promise<Uint8Array>;
}

const START: { [K in keyof PythonDownloads]: () => PythonDownloads[K] } = {
  pyodide: () => import("pyodide"),
  glue: () => glueFactory(),
  snapshot: () => download(pyodideSnapshotURL, "the Python snapshot"),
  modules: () => download(pyodideModulesURL, "our Python modules"),
};

/** The downloads started early and not yet taken; null until the page asks, once per worker. */
let started: Partial<PythonDownloads> | null = null;

/**
 * Starts Python's downloads from the worker's entry, the moment the page says its first candidate
 * is Python (`PREPARE_PYTHON_MESSAGE`): the chunks that start the interpreter arrive one after
 * another, and the worker is busy with the kernel's WASM meanwhile, so asked for by them, these
 * went out about a second later.
 */
export function startPythonDownloads(): void {
  if (started) return;
  started = { pyodide: START.pyodide(), glue: START.glue(), snapshot: START.snapshot(), modules: START.modules() };
  for (const download of Object.values(started)) download.catch(() => undefined);
}

/** One download, for one interpreter's start: the one started early if any, else a fresh one (a start that failed downloads again). */
export function takePythonDownload<K extends keyof PythonDownloads>(key: K): PythonDownloads[K] {
  const download = (started?.[key] ?? START[key]()) as PythonDownloads[K];
  if (started) started[key] = undefined;
  return download;
}

async function download(url: string, what: string): Promise<Uint8Array> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${what} could not be loaded from ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let glue: Promise<ModuleFactory> | null = null;

/**
 * Pyodide's glue script, imported by us since the locked-down worker has no `importScripts` for
 * Pyodide to load it with. Its factory is read off the global object as soon as the glue has run,
 * and kept: a job that ends later removes the globals its realm did not start with.
 */
function glueFactory(): Promise<ModuleFactory> {
  refuseImmediates();
  const url = pyodideIndexURL + "pyodide.asm.js";
  glue ??= import(/* @vite-ignore */ url).then(() => {
    const create = (globalThis as unknown as { _createPyodideModule?: unknown })._createPyodideModule;
    if (typeof create !== "function") throw new Error(`Pyodide's glue script (${url}) defined no module factory`);
    return create as ModuleFactory;
  });
  glue.catch(() => (glue = null));
  return glue;
}

/**
 * Without a `setImmediate`, Pyodide's glue builds one from a "message" listener on the worker,
 * which lockdown keeps for the page's channel alone. It gets one that refuses instead: our Python
 * runs each candidate synchronously and never schedules work for later. After lockdown the worker
 * has one already (`lockDownWorkerScope`); before it, this one is configurable, for lockdown to
 * replace with one that stays.
 */
function refuseImmediates(): void {
  if ("setImmediate" in globalThis) return;
  Object.defineProperty(globalThis, "setImmediate", { value: blockedStandIn("setImmediate"), writable: false, enumerable: false, configurable: true });
}
