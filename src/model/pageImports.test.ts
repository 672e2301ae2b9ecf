import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every relative module `file` imports or re-exports, types included, resolved to a file. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/g), ...source.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g)].map((m) => m[1]);
  return specifiers.map((s) => {
    const base = resolve(dirname(file), s.replace(/\?.*$/, ""));
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((f) => existsSync(f) && statSync(f).isFile());
    if (!found) throw new Error(`${relative(SRC, file)} imports ${s}, which resolves to no file`);
    return found;
  });
}

/** The modules the page loads from its entry, following every import (a worker is spawned by URL, not imported). */
function pageModules(): Set<string> {
  const seen = new Set<string>();
  const queue = [join(SRC, "main.tsx")];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).filter((f) => !f.endsWith(".json")));
  }
  return seen;
}

describe("the page's imports", () => {
  it("reach no module of src/kernel, not even for a type: the page meets the kernel only through the worker", () => {
    const modules = pageModules();
    expect(modules.size).toBeGreaterThan(50);
    expect([...modules].map((f) => relative(SRC, f)).filter((f) => f.startsWith("kernel/"))).toEqual([]);
  });
});
