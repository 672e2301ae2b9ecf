import { describe, expect, it } from "vitest";
import { parseManifest, readManifest } from "./manifest";

const good = {
  id: "docs/bottle",
  repo: "owner/name",
  commit: "a".repeat(40),
  path: "examples/bottle.js",
  extract: { kind: "file" },
  sha256: "b".repeat(64),
  form: "script",
  expect: { builds: true },
};

describe("parseManifest", () => {
  it("reads the committed manifest: at least 100 programs from several repositories, replicad's docs among them", async () => {
    const entries = await readManifest();
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(new Set(entries.map((e) => e.repo)).size).toBeGreaterThanOrEqual(4);
    expect(entries.some((e) => e.repo === "sgenoud/replicad" && e.path.startsWith("packages/replicad-docs/"))).toBe(true);
    for (const e of entries) if (!e.expect.builds) expect(e.expect.reason.length, e.id).toBeGreaterThan(10);
  });

  it("names the entry and the field that is wrong", () => {
    const bad = (patch: object) => () => parseManifest({ programs: [good, { ...good, id: "other", ...patch }] }, "m.json");
    expect(bad({ commit: "main" })).toThrow('m.json: programs[1].commit: expected 40 hex digits, got "main"');
    expect(bad({ form: "esm" })).toThrow('m.json: programs[1].form: "esm" is not one of script, module-default, module-main');
    expect(bad({ extract: { kind: "codeBlock", index: -1 } })).toThrow("m.json: programs[1].extract: expected");
    expect(bad({ expect: { builds: false, class: "kernel_error", cause: "unknown", reason: "x" } })).toThrow('m.json: programs[1].expect.cause: "unknown" is not one of');
    expect(bad({ expect: { builds: false, class: "oops", cause: "ours", reason: "x" } })).toThrow('m.json: programs[1].expect.class: "oops" is not a failure class');
    expect(bad({ id: "../escape" })).toThrow("m.json: programs[1].id");
    expect(bad({ id: "docs/bottle" })).toThrow('m.json: programs[1]: id "docs/bottle" appears twice');
    expect(() => parseManifest([], "m.json")).toThrow('m.json: expected {"programs": [...]}');
  });

  it("accepts a well-formed entry as it is", () => {
    expect(parseManifest({ programs: [good] }, "m.json")).toEqual([good]);
  });
});
