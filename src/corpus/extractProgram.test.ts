import { describe, expect, it } from "vitest";
import { extractProgram, fencedBlocks } from "./extractProgram";

const page = [
  "# A page",
  "```js",
  "const main = () => 1;",
  "```",
  "Some text with ``` inline.",
  "  ~~~~ts title=\"b.ts\"",
  "  const a = 1;",
  "  ```",
  "    indented more",
  "  ~~~~",
  "````md",
  "```js",
  "nested",
  "```",
  "````",
].join("\n");

describe("fencedBlocks", () => {
  it("finds every block in order, with its info string and line, whatever fence opens it", () => {
    expect(fencedBlocks(page).map((b) => [b.info, b.line])).toEqual([
      ["js", 2],
      ['ts title="b.ts"', 6],
      ["md", 11],
    ]);
  });

  it("closes a block only on the fence character that opened it, at least as long, and strips the fence's indent", () => {
    const [, indented, outer] = fencedBlocks(page);
    expect(indented.text).toBe("const a = 1;\n```\n  indented more\n");
    expect(outer.text).toBe("```js\nnested\n```\n");
  });
});

describe("extractProgram", () => {
  it("returns the whole file, or the block at an index", () => {
    expect(extractProgram(page, { kind: "file" })).toBe(page);
    expect(extractProgram(page, { kind: "codeBlock", index: 0 })).toBe("const main = () => 1;\n");
  });

  it("says how many blocks there are when the index is past them", () => {
    expect(() => extractProgram(page, { kind: "codeBlock", index: 3 })).toThrow("code block 3 asked for, but the page has 3 (0 to 2)");
  });
});
