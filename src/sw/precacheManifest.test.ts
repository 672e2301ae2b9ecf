import { describe, expect, it } from "vitest";
import { precacheManifest } from "./precacheManifest";

const build = () =>
  new Map<string, Uint8Array | string>([
    ["index.html", "<!doctype html>"],
    ["assets/index-abc.js", "console.log(1)"],
    ["assets/kernel.wasm", Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0])],
    ["assets/index-abc.js.map", "{}"],
    [".vite/manifest.json", "{}"],
  ]);

describe("precache manifest", () => {
  it("lists every file the page loads, sorted, without source maps or Vite's own manifest", () => {
    expect(precacheManifest(build()).files).toEqual(["assets/index-abc.js", "assets/kernel.wasm", "index.html"]);
  });

  it("gives the same version for the same files in any order", () => {
    const reversed = new Map([...build()].reverse());
    expect(precacheManifest(reversed).version).toBe(precacheManifest(build()).version);
    expect(precacheManifest(build()).version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("changes the version when one byte of one file changes, or a file is renamed", () => {
    const base = precacheManifest(build()).version;
    const edited = build();
    edited.set("assets/kernel.wasm", Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 1]));
    expect(precacheManifest(edited).version).not.toBe(base);
    const renamed = build();
    renamed.delete("index.html");
    renamed.set("main.html", "<!doctype html>");
    expect(precacheManifest(renamed).version).not.toBe(base);
  });

  it("ignores files it does not list: a new source map is not a new version", () => {
    const withMap = build();
    withMap.set("assets/other.js.map", "{}");
    expect(precacheManifest(withMap).version).toBe(precacheManifest(build()).version);
  });
});

describe("Pyodide's folder", () => {
  const withPyodide = () => {
    const files = build();
    files.set("pyodide-0.29.5/pyodide.asm.wasm", Uint8Array.from([0, 97, 115, 109]));
    files.set("pyodide-0.29.5/python_stdlib.zip", "PK");
    return files;
  };

  it("is stored on first use, not when the service worker installs: replicad-only users never download it", () => {
    const manifest = precacheManifest(withPyodide());
    expect(manifest.files).toEqual(["assets/index-abc.js", "assets/kernel.wasm", "index.html"]);
    expect(manifest.onFirstUse).toEqual(["pyodide-0.29.5/pyodide.asm.wasm", "pyodide-0.29.5/python_stdlib.zip"]);
  });

  it("is part of the version: a changed Pyodide file is a new version", () => {
    const edited = withPyodide();
    edited.set("pyodide-0.29.5/python_stdlib.zip", "PK2");
    expect(precacheManifest(edited).version).not.toBe(precacheManifest(withPyodide()).version);
  });
});
