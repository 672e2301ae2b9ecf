import type { CodeLanguage } from "../model/codeLanguage";
import type { ChecklistItem } from "../tasks/checklist";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Envelope, Task, TaskLevel } from "../tasks/types";

/** What an agent is told about a task before it writes any code. */
export interface Constraints {
  /** Target size in mm, Z up; the model should fill it without going more than 5 % over. */
  envelope_mm: Envelope;
  /** Solid count the model should have, or null when the task does not care. */
  expected_components: { min: number; max: number } | null;
  /** What the scorer checks on the geometry, by id and label (the weights are the scorer's business). */
  checklist: { id: string; kind: ChecklistItem["kind"]; label: string }[];
  mode: ScoreMode;
  max_steps: number;
  done_total: number;
  /** How the code is run: the same for every task. */
  code_form: string;
}

/** One observation: the answer to reset, step and state. Field names are snake_case for Python. */
export interface Observation {
  task_id: string;
  task_brief: string;
  constraints: Constraints;
  /** The code the last step submitted; the task's weak seed right after reset. */
  current_code: string;
  /** The language `current_code` was built as: the step's `lang`, or read from the code (`import cadquery` is Python). */
  current_lang: CodeLanguage;
  /** The scorer's whole result for `current_code`; null until the first step. */
  reward: ScoreResult | null;
  /** The scorer's notes, most important first; empty until the first step. */
  notes: string[];
  /** Steps taken in this episode. */
  step: number;
  done: boolean;
}

export interface TaskSummary {
  task_id: string;
  level: TaskLevel;
  family: string;
  task_brief: string;
}

export const CODE_FORM =
  "replicad JavaScript or TypeScript: define main() (script form, replicad in scope) or export default main; " +
  "return a shape or an array of { shape, name, color? } parts; optional defaultParams object for parameters. " +
  "Or CadQuery Python (import cadquery as cq): the final Workplane in `result` (or show_object(obj, name=...) for named parts); " +
  'a step\'s "lang" (auto, javascript, python) forces the language, auto reads it from the code';

export function constraintsOf(task: Task, mode: ScoreMode, limits: { maxSteps: number; doneTotal: number }): Constraints {
  return {
    envelope_mm: { ...task.envelope },
    expected_components: task.expectedComponents ? { ...task.expectedComponents } : null,
    checklist: task.checklist.map((item) => ({ id: item.id, kind: item.kind, label: item.label })),
    mode,
    max_steps: limits.maxSteps,
    done_total: limits.doneTotal,
    code_form: CODE_FORM,
  };
}

export function summaryOf(task: Task): TaskSummary {
  return { task_id: task.id, level: task.level, family: task.family, task_brief: task.prompt };
}
