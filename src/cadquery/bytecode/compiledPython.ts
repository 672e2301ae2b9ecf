import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { PyodideInterface } from "pyodide";
import { PYTHON_MODULES } from "../pythonFiles";
import { encodeSnapshot } from "../snapshotFile";

const require = createRequire(import.meta.url);
const pyodideDir = dirname(require.resolve("pyodide/package.json"));
const pyodideVersion = (require("pyodide/package.json") as { version: string }).version;
const here = dirname(fileURLToPath(import.meta.url));
const COMPILER = join(here, "compilePython.py");
const MODULES_DIR = join(here, "..", "python");
/** Beside other tools' caches: `npm ci` starts it afresh, as it must for a new Pyodide. */
const CACHE_DIR = join(pyodideDir, "..", ".cache", "cadforge");

/**
 * What an interpreter starts with, compiled to bytecode by a Pyodide of its own (`compilePython.py`)
 * and kept in `node_modules/.cache/cadforge/` under a name that carries what it was compiled
 * from: Pyodide's version, the compiler's text and, for our modules, their sources. So a change
 * is a new file (and, in the page, a new URL), never a stale one. Threads and processes that race
 * to write a file each write it whole and rename it into place.
 */
const key = (...parts: string[]) => {
  const hash = createHash("sha256").update(pyodideVersion).update(readFileSync(COMPILER));
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 12);
};

let stdlibName: string | undefined;
let stdlib: Promise<string> | null = null;

/** The compiled standard library's file name. */
export function compiledStdlibName(): string {
  return (stdlibName ??= `python_stdlib-${key()}.zip`);
}

/**
 * Path of Pyodide's standard library compiled (`compile_stdlib`), which an interpreter starts on
 * about three times faster than on the source Pyodide ships. Compiled once per installation.
 */
export function compiledStdlibPath(): Promise<string> {
  stdlib ??= cached(compiledStdlibName(), async () => {
    // The one interpreter that starts on the source, to compile it.
    const pyodide = await startPyodide();
    return callCompiler(pyodide, "compile_stdlib");
  });
  stdlib.catch(() => (stdlib = null));
  return stdlib;
}

/** Our modules' sources, in install order, as the compiler takes them. */
const moduleSources = () => JSON.stringify(PYTHON_MODULES.map((name) => [name, readFileSync(join(MODULES_DIR, `${name}.py`), "utf8")]));

const modulesName = (sources: string) => `cadforge_modules-${key(sources)}.bin`;

/** The compiled modules' file name, for our modules as they are on disk now. */
export function compiledModulesName(): string {
  return modulesName(moduleSources());
}

/**
 * Path of our Python modules compiled (`compile_modules`): installing them is then running their
 * code, not compiling it first. Compiled again whenever a module's source changes, so a file read
 * here is the modules as they are on disk when it is called.
 */
export async function compiledModulesPath(): Promise<string> {
  const sources = moduleSources();
  return cached(modulesName(sources), async () => {
    const pyodide = await startPyodide(await compiledStdlibPath());
    return callCompiler(pyodide, "compile_modules", sources);
  });
}

/**
 * What the snapshot's interpreter has done before its memory is taken: Pyodide's own start and
 * the standard library modules ours import (`INSTALL` in pythonRuntime and src/cadquery/python/).
 * Nothing of ours, so the memory holds no reference to a JavaScript object of ours (only
 * Pyodide's, which it restores itself). The working directory leaves the import path: the realm
 * that restores the snapshot puts it back. The hash seed is fixed, so every realm that starts from
 * the snapshot hashes strings alike rather than each by a seed of its own.
 */
const SNAPSHOT_START = `
import ast, builtins, gc, itertools, json, marshal, math, numbers, operator, re, sys, types
import pyodide.ffi
sys.path.remove("")
`;

let snapshotName: string | undefined;

/** The interpreter snapshot's file name. It carries the compiled library's name: the snapshot's memory holds that library's index. */
export function pythonSnapshotName(): string {
  return (snapshotName ??= `python_start-${key(compiledStdlibName(), SNAPSHOT_START)}.bin`);
}

/**
 * Path of an interpreter's memory once it has started on the compiled library (`SNAPSHOT_START`),
 * in our snapshot format (`snapshotFile`). A realm restores it (`loadPyodide`'s `_loadSnapshot`)
 * instead of starting Python, which is most of an interpreter's start. Made once per
 * installation, by an interpreter of its own that is dropped afterwards: Pyodide does not support
 * running one that has taken a snapshot.
 */
export function pythonSnapshotPath(): Promise<string> {
  return cached(pythonSnapshotName(), async () => {
    const { loadPyodide } = await import("pyodide");
    const stdLibURL = await compiledStdlibPath();
    const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", stdLibURL, env: { PYTHONHASHSEED: "0" }, _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
    pyodide.runPython(SNAPSHOT_START);
    return encodeSnapshot(pyodide.makeMemorySnapshot());
  });
}

async function cached(name: string, compile: () => Promise<Uint8Array>): Promise<string> {
  const path = join(CACHE_DIR, name);
  if (await stat(path).then((s) => s.isFile() && s.size > 0, () => false)) return path;
  const bytes = await compile();
  await mkdir(CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}-${threadId}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
  return path;
}

async function startPyodide(stdLibURL?: string): Promise<PyodideInterface> {
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", stdLibURL, stdout: () => {}, stderr: () => {} });
  pyodide.runPython(await readFile(COMPILER, "utf8"));
  return pyodide;
}

function callCompiler(pyodide: PyodideInterface, name: string, ...args: string[]): Uint8Array {
  const compile = pyodide.globals.get(name);
  try {
    const bytes = compile(...args);
    try {
      return bytes.toJs() as Uint8Array;
    } finally {
      bytes.destroy();
    }
  } finally {
    compile.destroy();
  }
}
