import { describe, expect, it } from "vitest";
import { diffStats, lineDiff } from "./lineDiff";

const render = (oldText: string, newText: string) => lineDiff(oldText, newText).map((l) => `${l.kind === "same" ? " " : l.kind === "added" ? "+" : "-"}${l.text}`);

describe("lineDiff", () => {
  it("keeps common lines and marks what changed, with both line numbers", () => {
    const diff = lineDiff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
    expect(diff.map((l) => [l.kind, l.text, l.oldLine, l.newLine])).toEqual([
      ["same", "a", 1, 1],
      ["removed", "b", 2, null],
      ["added", "B", null, 2],
      ["same", "c", 3, 3],
      ["same", "d", 4, 4],
      ["added", "e", null, 5],
    ]);
    expect(diffStats(diff)).toEqual({ added: 2, removed: 1 });
  });

  it("aligns moved and repeated lines by the longest common run", () => {
    expect(render("x\na\nb\nc\ny", "x\nb\nc\na\ny")).toEqual([" x", "-a", " b", " c", "+a", " y"]);
    expect(render("", "one\ntwo")).toEqual(["+one", "+two"]);
    expect(render("one\r\ntwo\r\n", "one\ntwo")).toEqual([" one", " two"]);
  });

  it("rebuilds both texts from the diff", () => {
    const oldText = Array.from({ length: 300 }, (_, i) => `line ${i % 17} ${i % 5}`).join("\n");
    const newText = Array.from({ length: 280 }, (_, i) => `line ${(i * 3) % 17} ${i % 5}`).join("\n");
    const diff = lineDiff(oldText, newText);
    expect(diff.filter((l) => l.kind !== "added").map((l) => l.text).join("\n")).toBe(oldText);
    expect(diff.filter((l) => l.kind !== "removed").map((l) => l.text).join("\n")).toBe(newText);
  });
});
