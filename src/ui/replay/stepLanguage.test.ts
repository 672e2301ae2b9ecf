import { describe, expect, it } from "vitest";
import { stepLanguage } from "./stepLanguage";

const CADQUERY = "import cadquery as cq\nresult = cq.Workplane().box(1, 2, 3)\n";
const REPLICAD = "const main = () => replicad.makeBaseBox(1, 2, 3);\n";

describe("a replayed step's language", () => {
  it("is the row's lang when it names a language, even against what the code shows", () => {
    expect(stepLanguage("result = box(1, 2, 3)\n", "python")).toBe("python");
    expect(stepLanguage(CADQUERY, "javascript")).toBe("javascript");
  });

  it("is read from the code when the row has no lang, or one that is not a language", () => {
    expect(stepLanguage(CADQUERY, undefined)).toBe("python");
    expect(stepLanguage(REPLICAD, undefined)).toBe("javascript");
    expect(stepLanguage(CADQUERY, "auto")).toBe("python");
    expect(stepLanguage(CADQUERY, 3)).toBe("python");
  });
});
