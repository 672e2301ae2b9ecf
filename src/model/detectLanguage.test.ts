import { describe, expect, it } from "vitest";
import { resolveLanguage } from "./detectLanguage";

describe("resolveLanguage", () => {
  // Python's import forms make code Python; JavaScript's, and mentions in comments, do not.
  it.each([
    ["import cadquery as cq\nresult = cq.Workplane().box(1, 1, 1)", "python"],
    ["# a plate\nimport cadquery\n", "python"],
    ["import math, cadquery as cq\n", "python"],
    ["from cadquery import Workplane, Vector\n", "python"],
    ["from cadquery.selectors import BoxSelector\n", "python"],
    ["def f():\n    import cadquery as cq  # late\n", "python"],
    ['import cadquery from "cadquery-js";\nexport default () => cadquery.box(1);', "javascript"],
    ['import { box } from "cadquery";\n', "javascript"],
    ["// import cadquery as cq\nconst main = (r) => r.makeBaseBox(1, 1, 1);", "javascript"],
    ["const main = (r) => r.makeBaseBox(1, 1, 1); // cadquery would say box()", "javascript"],
  ])("reads %j as %s", (source, language) => {
    expect(resolveLanguage(source)).toBe(language);
  });

  it("takes the caller's choice over detection", () => {
    expect(resolveLanguage("import cadquery as cq", "javascript")).toBe("javascript");
    expect(resolveLanguage("const main = () => 1;", "python")).toBe("python");
  });
});
