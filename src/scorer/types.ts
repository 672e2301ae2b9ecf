import type { FailureClass } from "../model/buildFailure";
import type { ChecklistItem } from "../tasks/checklist";

export type ScoreMode = "fast" | "full";

export type Dimension = "build" | "topology" | "contact" | "semantic_parts" | "reference_similarity" | "editability" | "efficiency";

/** Every dimension in [0, 1]; `total` in [-1, 1]. */
export type Reward = Record<Dimension | "total", number>;

/** One checklist item as measured, in `metrics.semantic_parts.items`. */
export interface ChecklistStatus {
  id: string;
  kind: ChecklistItem["kind"];
  label: string;
  satisfied: boolean;
  credit: number;
  measured: Record<string, unknown>;
  /** What the line speaks of: the parts that play its role, the holes it counted. */
  targets: Target;
}

export type Vec3 = [number, number, number];

/** [[xmin, ymin, zmin], [xmax, ymax, zmax]] in mm. */
export type BoxMm = [Vec3, Vec3];

/**
 * What a note or a checklist line speaks of, in the model, for the page to point at. Parts are
 * named as in `ScoreResult.parts` (names are unique); lengths in mm, rounded like `parts[].bbox`.
 * Every list is present, empty when the line speaks of nothing of that kind (the envelope, the
 * code): then it is about the whole model.
 */
export interface Target {
  parts: string[];
  overlaps: OverlapTarget[];
  floating: FloatingTarget[];
  holes: HoleTarget[];
  regions: RegionTarget[];
}

/**
 * Two parts that run into each other. `bbox` bounds the material they share (the exact
 * intersection's box): the shared material lies inside it without always filling it.
 */
export interface OverlapTarget {
  parts: [string, string];
  bbox: BoxMm;
  volume_mm3: number;
}

/** Parts (or a piece of one part) joined to nothing of the main body; `bbox` bounds the floating material alone. */
export interface FloatingTarget {
  parts: string[];
  bbox: BoxMm;
}

/**
 * A place a checklist line measured: the room it keeps clear, a member it counted (its box), the
 * way out it found at a wall's foot (the line's path from the middle out).
 */
export interface RegionTarget {
  kind: "room" | "member" | "notch";
  bbox: BoxMm;
}

/** A hole counted: its axis runs through `centre` along `direction` (a unit vector) for `length_mm`, the length of its walls. */
export interface HoleTarget {
  part: string;
  centre: Vec3;
  direction: Vec3;
  radius_mm: number;
  length_mm: number;
}

export interface PartSummary {
  name: string;
  volume_mm3: number;
  bbox: BoxMm;
  /** Names of the parts this one touches (within the model's contact tolerance). */
  touches: string[];
  /** The checklist roles (`part` items' ids) the scorer recognised this part as playing, found by geometry; empty for none. */
  roles: string[];
}

/**
 * The scorer's result: a contract shared by the UI, the `cadforge` command, tests and the agent
 * environment. Field names are snake_case because the JSON goes to Python training pipelines.
 */
export interface ScoreResult {
  task_id: string;
  mode: ScoreMode;
  ok: boolean;
  reward: Reward;
  /** `wall_clock` on a timeout only: true when the wall-clock backstop, not the work budget, stopped it (retry it). */
  failure: null | { class: FailureClass; message: string; line: number | null; column: number | null; wall_clock?: boolean };
  /** Most important first; each names parts and numbers. */
  notes: string[];
  /** What each note speaks of, in the order of `notes` (one for each). */
  note_targets: Target[];
  parts: PartSummary[];
  /** Every measured quantity behind each score, grouped by dimension. Never a timing: bit-identical every run. */
  metrics: Record<string, Record<string, unknown>>;
  /** The only fields that vary between runs. */
  elapsed_ms: ElapsedMs;
}

export interface ElapsedMs {
  build: number;
  /**
   * Fast mode: the display tessellation, which fast scoring measures. The page's worker makes it
   * for the viewer before scoring, so it belongs to the build; `score` leaves it out.
   */
  mesh?: number;
  score: number;
  /**
   * Scoring time by step, when the model built: `geometry` (tessellation and solids shared by all
   * dimensions), `reference` (the task's reference, zero once cached) and one entry per dimension.
   */
  dimensions?: Partial<Record<Exclude<Dimension, "build"> | "geometry" | "reference", number>>;
}
