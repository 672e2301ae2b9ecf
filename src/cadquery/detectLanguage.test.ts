import { describe, expect, it } from "vitest";
import { resolveLanguage } from "./detectLanguage";

describe("resolveLanguage", () => {
  it.each([
    ["import cadquery as cq\nresult = cq.Workplane().box(1, 1, 1)"],
    ["# a plate\nimport cadquery\n"],
    ["import math, cadquery as cq\n"],
    ["from cadquery import Workplane, Vector\n"],
    ["from cadquery.selectors import BoxSelector\n"],
    ["def f():\n    import cadquery as cq  # late\n"],
  ])("reads a CadQuery import as Python: %j", (source) => {
    expect(resolveLanguage(source)).toBe("python");
  });

  it.each([
    ['import cadquery from "cadquery-js";\nexport default () => cadquery.box(1);'],
    ['import { box } from "cadquery";\n'],
    ["// import cadquery as cq\nconst main = (r) => r.makeBaseBox(1, 1, 1);"],
    ["const main = (r) => r.makeBaseBox(1, 1, 1); // cadquery would say box()"],
  ])("leaves replicad code JavaScript: %j", (source) => {
    expect(resolveLanguage(source)).toBe("javascript");
  });

  it("takes the caller's choice over detection", () => {
    expect(resolveLanguage("import cadquery as cq", "javascript")).toBe("javascript");
    expect(resolveLanguage("const main = () => 1;", "python")).toBe("python");
  });
});
