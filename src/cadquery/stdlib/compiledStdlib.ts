import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

const require = createRequire(import.meta.url);
const pyodideDir = dirname(require.resolve("pyodide/package.json"));
const pyodideVersion = (require("pyodide/package.json") as { version: string }).version;
const COMPILER = join(dirname(fileURLToPath(import.meta.url)), "compileStdlib.py");
/** Beside other tools' caches: `npm ci` starts it afresh, as it must for a new Pyodide. */
const CACHE_DIR = join(pyodideDir, "..", ".cache", "cadforge");

let name: string | undefined;
let compiling: Promise<string> | null = null;

/**
 * The compiled library's file name: Pyodide's version and the compiler's text are in it, so a
 * new Pyodide or a changed compiler is a new file (and, in the page, a new URL), never a stale one.
 */
export function compiledStdlibName(): string {
  name ??= `python_stdlib-${createHash("sha256").update(pyodideVersion).update(readFileSync(COMPILER)).digest("hex").slice(0, 12)}.zip`;
  return name;
}

/**
 * Path of Pyodide's standard library compiled to bytecode (`compileStdlib.py`), which starts an
 * interpreter about three times faster than the source Pyodide ships. Compiled once per
 * installation, by a Pyodide of its own, and kept in `node_modules/.cache/cadforge/`; threads and
 * processes that race to write it each write a whole file and rename it into place.
 */
export function compiledStdlibPath(): Promise<string> {
  compiling ??= findOrCompile();
  compiling.catch(() => (compiling = null));
  return compiling;
}

async function findOrCompile(): Promise<string> {
  const path = join(CACHE_DIR, compiledStdlibName());
  if (await stat(path).then((s) => s.isFile() && s.size > 0, () => false)) return path;
  const bytes = await compileStdlib();
  await mkdir(CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}-${threadId}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
  return path;
}

async function compileStdlib(): Promise<Uint8Array> {
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", stdout: () => {}, stderr: () => {} });
  pyodide.runPython(await readFile(COMPILER, "utf8"));
  const compile = pyodide.globals.get("compile_stdlib");
  try {
    const bytes = compile();
    try {
      return bytes.toJs() as Uint8Array;
    } finally {
      bytes.destroy();
    }
  } finally {
    compile.destroy();
  }
}
