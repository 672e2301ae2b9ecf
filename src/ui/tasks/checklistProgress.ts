import { countRange, describeCount, type ChecklistItem, type Count } from "../../tasks/checklist";
import type { ScoreResult } from "../../scorer/types";
import type { ChecklistStatus } from "../../scorer/types";

/**
 * `checking`: no score of the current code yet; `failed`: the code did not build, or built no
 * solid, so nothing is met; otherwise what the scorer measured on the geometry.
 */
export type ItemState = "checking" | "satisfied" | "partial" | "missing" | "failed";

export interface ItemProgress {
  id: string;
  label: string;
  kind: ChecklistItem["kind"];
  state: ItemState;
  /** What was measured, in words: "2 of 4 holes". Empty while checking. */
  detail: string;
}

/** The scorer's per-item statuses, keyed by item id; empty when the score has none (a failed build). */
function statusesOf(score: ScoreResult): Map<string, ChecklistStatus> {
  const items = (score.metrics.semantic_parts?.items ?? []) as ChecklistStatus[];
  return new Map(items.map((s) => [s.id, s]));
}

/** Each checklist item of the task with what the score says of it; `score` null means not scored yet. */
export function checklistProgress(checklist: readonly ChecklistItem[], score: ScoreResult | null): ItemProgress[] {
  const statuses = score ? statusesOf(score) : new Map<string, ChecklistStatus>();
  return checklist.map((item) => {
    const base = { id: item.id, label: item.label, kind: item.kind };
    if (!score) return { ...base, state: "checking", detail: "" };
    const status = statuses.get(item.id);
    // A model of drawings or wires alone builds and is drawn, but has no solid to measure.
    const unscored = score.metrics.build?.not_scored !== undefined;
    if (!score.ok || !status) return { ...base, state: "failed", detail: unscored ? "no solid to measure" : "the code did not build" };
    const state: ItemState = status.satisfied ? "satisfied" : status.credit > 0 ? "partial" : "missing";
    return { ...base, state, detail: describeMeasured(item, status.measured) };
  });
}

const IRREGULAR: Record<string, string> = { tooth: "teeth", foot: "feet" };

function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  const words = noun.split(" ");
  const last = words.pop()!;
  const many = IRREGULAR[last] ?? (/(s|sh|ch|x)$/.test(last) ? `${last}es` : `${last}s`);
  return [...words, many].join(" ");
}

/** "2 of 4 holes" for an exact count; "2 holes, 3 to 5 wanted" for a range. */
function countPhrase(found: number, count: Count, noun: string): string {
  const { min, max } = countRange(count);
  return min === max ? `${found} of ${min} ${plural(noun, min)}` : `${found} ${plural(noun, found)}, ${describeCount(count)} wanted`;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const num = (value: unknown) => (typeof value === "number" ? value : 0);

function describeMeasured(item: ChecklistItem, measured: Record<string, unknown>): string {
  switch (item.kind) {
    case "through_holes":
      return countPhrase(num(measured.found), item.count, "hole");
    case "repeated_members":
      return countPhrase(num(measured.found), item.count, item.member);
    case "part": {
      const matched = (measured.matched ?? []) as string[];
      if (matched.length === 0) return "nothing plays this role";
      const share = num(measured.volume_share);
      const shortfalls: string[] = [];
      if (share < item.min_volume_share) shortfalls.push(`needs ${percent(item.min_volume_share)}`);
      if (item.max_volume_share !== undefined && share > item.max_volume_share) shortfalls.push(`at most ${percent(item.max_volume_share)}`);
      const sizes = (measured.size_fraction ?? {}) as Record<string, number>;
      for (const [axis, least] of Object.entries(item.min_size ?? {})) {
        if ((sizes[axis] ?? 0) < least) shortfalls.push(`too short along ${axis.toUpperCase()}`);
      }
      const centre = (measured.centre_fraction ?? {}) as Record<string, number>;
      for (const [axis, [lo, hi]] of Object.entries(item.center_in ?? {})) {
        const at = centre[axis];
        if (at !== undefined && (at < lo - 1e-9 || at > hi + 1e-9)) shortfalls.push(`misplaced along ${axis.toUpperCase()}`);
      }
      return `${matched.join(" + ")}: ${percent(share)} of the volume${shortfalls.length ? ` (${shortfalls.join(", ")})` : ""}`;
    }
    case "rotational_symmetry": {
      const step = `${+(360 / item.order).toFixed(1)}°`;
      if (measured.off_share_at_order === undefined) return "no part to measure";
      const off = num(measured.off_share_at_order);
      if (off >= 0.02) return `${percent(off)} of the surface off itself after a ${step} turn`;
      const finer = num(measured.off_share_half_step) < 0.05 || num(measured.off_share_third_step) < 0.05;
      return finer ? `also symmetric at finer turns than ${step}` : `maps onto itself every ${step}`;
    }
    case "fits_envelope": {
      const size = ((measured.size_mm ?? []) as number[]).map((v) => +v.toFixed(1)).join(" × ");
      const verdict = measured.fits === false ? "larger than the envelope" : measured.fills === false ? "too small for the envelope" : "fits";
      return `${size} mm, ${verdict}`;
    }
    case "keeps_clear":
      return `${percent(num(measured.fill))} of the room filled`;
    case "recesses": {
      const perPart = Object.entries((measured.found_per_part ?? {}) as Record<string, number>);
      return perPart.length ? perPart.map(([part, n]) => `${part}: ${countPhrase(n, item.count, "groove")}`).join("; ") : "nothing plays the part";
    }
    case "openings":
      return countPhrase(num(measured.found), item.count, "opening");
    case "upturn":
      return `rises ${num(measured.rise_mm).toFixed(0)} mm past its lowest point (${num(measured.needed_mm).toFixed(0)} mm needed)`;
    case "foot_notch":
      return measured.found ? `a way out at ${num(measured.height_mm).toFixed(0)} mm, along ${String(measured.axis).toUpperCase()}` : "no way out at a wall's foot";
  }
}
