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
}

export interface PartSummary {
  name: string;
  volume_mm3: number;
  /** [[xmin, ymin, zmin], [xmax, ymax, zmax]] in mm. */
  bbox: [[number, number, number], [number, number, number]];
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
