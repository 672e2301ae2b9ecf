import { describe, expect, it } from "vitest";
import { codeFileFor, languageOfFileName } from "./codeFiles";

describe("code files", () => {
  it("reads the language from the file's extension, case aside; other names leave it to the code", () => {
    expect(languageOfFileName("bracket.py")).toBe("python");
    expect(languageOfFileName("BRACKET.PY")).toBe("python");
    expect(languageOfFileName("model.js")).toBe("javascript");
    expect(languageOfFileName("model.ts")).toBe("javascript");
    expect(languageOfFileName("model.py.txt")).toBe("auto");
    expect(languageOfFileName("README")).toBe("auto");
  });

  it("downloads CadQuery as .py and replicad code as .js", () => {
    expect(codeFileFor("wall_hook", "python")).toEqual({ name: "wall_hook.py", type: "text/x-python" });
    expect(codeFileFor("wall_hook", "javascript")).toEqual({ name: "wall_hook.js", type: "text/javascript" });
  });
});
