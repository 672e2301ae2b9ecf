import type { RolloutEpisode } from "../../rollouts";
import type { Task } from "../../tasks/types";
import type { CodeLanguage } from "../../model/codeLanguage";
import { stepLanguage } from "./stepLanguage";

/** One step of a replayed trajectory: the code, what it was meant to do, where it came from. */
export interface ReplayStep {
  index: number;
  label: string;
  /** What the step fixed, for catalogue trajectories; rollouts carry none. */
  rationale: string | null;
  code: string;
  /** What the code is written in: shown with it, and what it is built and scored as. */
  language: CodeLanguage;
  /** Whether the catalogue declares that the step builds; null for rollouts. */
  declaredBuilds: boolean | null;
  /** The rollouts file's line and step, for rows that came from one. */
  line: number | null;
  step: number | null;
}

export interface ReplayTrajectory {
  /** Unique across catalogue and loaded rollouts; scores are cached under it. */
  key: string;
  task: Task;
  /** "" for the catalogue's trajectory, else the rollouts' episode. */
  episode: string;
  source: "catalogue" | "rollouts";
  title: string;
  steps: ReplayStep[];
}

export function catalogueTrajectory(task: Task): ReplayTrajectory {
  return {
    key: `catalogue:${task.id}`,
    task,
    episode: "",
    source: "catalogue",
    title: `${task.id}: repair trajectory`,
    steps: task.trajectory.map((step, index) => ({
      index,
      label: step.label,
      rationale: step.rationale,
      code: step.code,
      language: stepLanguage(step.code, undefined),
      declaredBuilds: step.builds,
      line: null,
      step: index,
    })),
  };
}

export function rolloutTrajectory(episode: RolloutEpisode, task: Task, fileName: string): ReplayTrajectory {
  return {
    key: `rollouts:${fileName}:${episode.key}`,
    task,
    episode: episode.episode,
    source: "rollouts",
    title: `${task.id}: ${episode.episode === "" ? "rows without an episode" : `episode ${episode.episode}`}`,
    steps: episode.rows.map((row, index) => ({
      index,
      label: row.step !== null ? `step ${row.step}` : `line ${row.line}`,
      rationale: null,
      code: row.code,
      // Rows name their language once rollouts write it; until then the code says.
      language: stepLanguage(row.code, (row as { lang?: unknown }).lang),
      declaredBuilds: null,
      line: row.line,
      step: row.step,
    })),
  };
}
