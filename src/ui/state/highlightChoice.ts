import type { ChecklistStatus, ScoreResult, Target } from "../../scorer/types";

/** A note of the reward card (by its place in `notes`) or a checklist line (by item id), chosen to be shown in the viewer. */
export type HighlightChoice = { kind: "note"; index: number } | { kind: "item"; id: string };

/** What the viewer shows for a choice: what it speaks of, and the words it was chosen by. */
export interface Highlight {
  label: string;
  target: Target;
}

export function sameChoice(a: HighlightChoice | null, b: HighlightChoice | null): boolean {
  if (!a || !b) return a === b;
  return a.kind === "note" ? b.kind === "note" && a.index === b.index : b.kind === "item" && a.id === b.id;
}

/** The choice read in the score it was made on; null when that score has no such line (a failed build has no checklist). */
export function highlightOf(score: ScoreResult | null, choice: HighlightChoice | null): Highlight | null {
  if (!score || !choice) return null;
  if (choice.kind === "note") {
    const target = score.note_targets[choice.index];
    return target ? { label: score.notes[choice.index], target } : null;
  }
  const items = (score.metrics.semantic_parts?.items ?? []) as ChecklistStatus[];
  const item = items.find((i) => i.id === choice.id);
  return item ? { label: item.label, target: item.targets } : null;
}

/** Every part a target names: outright, or as holding one of its overlaps, floating pieces or holes. */
export function partsOf(target: Target): Set<string> {
  return new Set([...target.parts, ...target.overlaps.flatMap((o) => o.parts), ...target.floating.flatMap((f) => f.parts), ...target.holes.map((h) => h.part)]);
}
