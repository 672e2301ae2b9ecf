import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PyodideInterface } from "pyodide";
import { compiledModulesName, compiledModulesPath, compiledStdlibName, compiledStdlibPath, pythonSnapshotName, pythonSnapshotPath } from "./compiledPython";
import { decodeSnapshot } from "../snapshotFile";
import { PYTHON_MODULES } from "../pythonFiles";

const require = createRequire(import.meta.url);

let pyodide: PyodideInterface;
let path: string;
beforeAll(async () => {
  path = await compiledStdlibPath();
  const { loadPyodide } = await import("pyodide");
  pyodide = await loadPyodide({ stdLibURL: path, stdout: () => {}, stderr: () => {} });
  // The library as Pyodide ships it, beside the one this interpreter started on.
  pyodide.FS.writeFile("/tmp/shipped.zip", await readFile(require.resolve("pyodide/python_stdlib.zip")));
}, 120_000);

/**
 * A fresh copy of the module, as another process or thread has, finds the file at `made` under its
 * `name` and leaves it as it is.
 */
async function expectMadeOnce(maker: "compiledStdlibPath" | "pythonSnapshotPath", made: string, name: string, pattern: RegExp): Promise<void> {
  const before = await stat(made);
  vi.resetModules();
  const fresh = await import("./compiledPython");
  expect(await fresh[maker]()).toBe(made);
  expect((await stat(made)).mtimeMs).toBe(before.mtimeMs);
  expect(basename(made)).toBe(name);
  expect(name).toMatch(pattern);
}

const python = (code: string): unknown => {
  const value = pyodide.runPython(code);
  if (typeof value?.toJs !== "function") return value;
  try {
    return value.toJs();
  } finally {
    value.destroy();
  }
};

describe("Pyodide's standard library compiled to bytecode", () => {
  it("holds each module Pyodide ships as bytecode in place of its source, and the other files unchanged", () => {
    const [missing, sources, others] = python(`
import sys, zipfile
compiled = zipfile.ZipFile(next(p for p in sys.path if p.endswith(".zip")))
shipped = zipfile.ZipFile("/tmp/shipped.zip")
names = set(compiled.namelist())
modules = [n for n in shipped.namelist() if n.endswith(".py")]
others = [n for n in shipped.namelist() if not n.endswith(".py")]
[[n for n in modules if n + "c" not in names], [n for n in names if n.endswith(".py")], all(compiled.read(n) == shipped.read(n) for n in others if not n.endswith("/"))]
`) as [string[], string[], boolean];
    expect(missing).toEqual([]);
    expect(sources).toEqual([]);
    expect(others).toBe(true);
  });

  it("gives an interpreter whose modules import from that bytecode and work", () => {
    const answer = python(`
import json, ast, dataclasses, fractions, statistics, re, typing
origins = {m.__name__: m.__spec__.origin for m in (json, ast, dataclasses, fractions, statistics, re, typing)}
[sorted(n for n, o in origins.items() if not o.endswith(".pyc")), json.dumps({"mean": statistics.mean([1, 2, 6])}), str(fractions.Fraction(3, 6))]
`) as [string[], string, string];
    expect(answer).toEqual([[], '{"mean": 3}', "1/2"]);
  });

  it("is compiled once per installation, under a name that carries Pyodide's version and the compiler's text", async () => {
    await expectMadeOnce("compiledStdlibPath", path, compiledStdlibName(), /^python_stdlib-[0-9a-f]{12}\.zip$/);
  });
});

describe("our modules compiled to bytecode", () => {
  it("hold each module in install order, compiled under the file name the runtime gives it", async () => {
    const modulesPath = await compiledModulesPath();
    expect(basename(modulesPath)).toBe(compiledModulesName());
    pyodide.FS.writeFile("/tmp/modules.bin", await readFile(modulesPath));
    const compiled = python(`
import marshal
[[name, code.co_filename] for name, code in marshal.loads(open("/tmp/modules.bin", "rb").read())]
`) as [string, string][];
    expect(compiled).toEqual(PYTHON_MODULES.map((name) => [name, `<cadforge ${name}>`]));
  });
});

describe("the snapshot of an interpreter started on that library", () => {
  const restore = async () => {
    const { loadPyodide } = await import("pyodide");
    const snapshot = decodeSnapshot(new Uint8Array(await readFile(await pythonSnapshotPath())));
    return loadPyodide({ stdLibURL: path, _loadSnapshot: snapshot, stdout: () => {}, stderr: () => {} });
  };
  const state = `
import sys
[sorted(m for m in ("ast", "json", "re", "numbers", "operator", "pyodide.ffi", "fractions") if m in sys.modules), sys.path, hash("cadforge")]
`;
  const read = (interpreter: PyodideInterface, code: string): unknown => {
    const value = interpreter.runPython(code);
    try {
      return value.toJs();
    } finally {
      value.destroy();
    }
  };

  it("restores an interpreter that has imported what our modules import, and imports the rest from the compiled library", async () => {
    const [first, second] = [await restore(), await restore()];
    const [imported, importPath, hashed] = read(first, state) as [string[], string[], number];
    expect(imported).toEqual(["ast", "json", "numbers", "operator", "pyodide.ffi", "re"]);
    // As an interpreter that started afresh has it: the working directory once, then the library.
    expect(importPath).toEqual(read(pyodide, "import sys; sys.path"));
    expect(read(first, "import fractions, statistics; [str(fractions.Fraction(3, 6)), statistics.__spec__.origin.endswith('.pyc')]")).toEqual(["1/2", true]);
    // One hash seed for every realm that starts from it.
    expect((read(second, state) as unknown[])[2]).toBe(hashed);
  }, 120_000);

  it("is made once per installation, under a name that carries the library's", async () => {
    await expectMadeOnce("pythonSnapshotPath", await pythonSnapshotPath(), pythonSnapshotName(), /^python_start-[0-9a-f]{12}\.bin$/);
  });
});
