import { describe, expect, it } from "vitest";
import type { ScoreResult, Target } from "../../scorer/types";
import { highlightOf, partsOf, sameChoice } from "./highlightChoice";

const target = (of: Partial<Target>): Target => ({ parts: [], overlaps: [], floating: [], holes: [], regions: [], ...of });

const overlap = target({ parts: ["wheel", "fork"], overlaps: [{ parts: ["wheel", "fork"], bbox: [[0, 0, 0], [1, 1, 1]], volume_mm3: 1 }] });
const bore = target({ parts: ["wheel"], holes: [{ part: "wheel", centre: [0, 0, 35], direction: [0, 1, 0], radius_mm: 4, length_mm: 28 }] });

const score = {
  ok: true,
  notes: ["wheel and fork run into each other", "the shape is far from the reference"],
  note_targets: [overlap, target({})],
  metrics: { semantic_parts: { items: [{ id: "wheel_bore", label: "the wheel is bored", targets: bore }] } },
} as unknown as ScoreResult;

describe("highlight choices", () => {
  it("read a note or a checklist line in the score, with the words it was chosen by", () => {
    expect(highlightOf(score, { kind: "note", index: 0 })).toEqual({ label: "wheel and fork run into each other", target: overlap });
    expect(highlightOf(score, { kind: "item", id: "wheel_bore" })).toEqual({ label: "the wheel is bored", target: bore });
  });

  it("come to nothing for a line the score does not have, or without a score", () => {
    expect(highlightOf(score, { kind: "note", index: 2 })).toBeNull();
    expect(highlightOf(score, { kind: "item", id: "envelope" })).toBeNull();
    expect(highlightOf(null, { kind: "note", index: 0 })).toBeNull();
    expect(highlightOf({ ...score, metrics: { build: {} } }, { kind: "item", id: "wheel_bore" })).toBeNull();
  });

  it("are the same choice only for the same note or the same line", () => {
    expect(sameChoice({ kind: "note", index: 1 }, { kind: "note", index: 1 })).toBe(true);
    expect(sameChoice({ kind: "note", index: 1 }, { kind: "note", index: 0 })).toBe(false);
    expect(sameChoice({ kind: "item", id: "a" }, { kind: "item", id: "a" })).toBe(true);
    expect(sameChoice({ kind: "item", id: "a" }, { kind: "note", index: 0 })).toBe(false);
    expect(sameChoice(null, { kind: "item", id: "a" })).toBe(false);
    expect(sameChoice(null, null)).toBe(true);
  });

  it("bring forward every part a target names, holding its marks included", () => {
    expect([...partsOf(target({ holes: bore.holes, floating: [{ parts: ["cap"], bbox: [[0, 0, 0], [1, 1, 1]] }] }))].sort()).toEqual(["cap", "wheel"]);
    expect(partsOf(target({})).size).toBe(0);
  });
});
