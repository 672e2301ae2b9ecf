import type { ChecklistItem } from "./checklist";

export type TaskLevel = "easy" | "medium" | "hard";

/** Target size of the part in mm, Z up. */
export interface Envelope {
  x: number;
  y: number;
  z: number;
}

/** One step of a repair trajectory: the code and what it fixed. */
export interface TrajectoryStep {
  label: string;
  rationale: string;
  /** Whether this step is meant to build; a trajectory may include a failing step that the next one repairs. */
  builds: boolean;
  code: string;
  file: string;
}

/** A task of the catalogue, with its code files already read. */
export interface Task {
  id: string;
  level: TaskLevel;
  family: string;
  prompt: string;
  envelope: Envelope;
  /** Solid count the finished model should have, when the task cares (one connected body, or N parts). */
  expectedComponents: { min: number; max: number } | null;
  checklist: ChecklistItem[];
  /** The primary reference design (`reference.js`), the one the page shows. */
  reference: string;
  /**
   * Every reference design, the primary first, then `reference_<name>.js` in name order: valid
   * designs of different construction. Similarity is the best match among them.
   */
  references: string[];
  seed: string;
  trajectory: TrajectoryStep[];
}

/** A task file that could not be read, named by file and field; the rest of the catalogue still loads. */
export interface TaskLoadError {
  taskId: string;
  file: string;
  field: string | null;
  message: string;
}

export interface Catalogue {
  tasks: Task[];
  errors: TaskLoadError[];
}
