import { resultsJsonl } from "../../rollouts";
import type { ExportFormat } from "../../worker/protocol";
import { downloadFile } from "../downloadFile";
import type { ReplaySession } from "./replaySession";
import type { ReplayTrajectory } from "./replayTrajectory";

const MODEL_TYPES: Record<ExportFormat, string> = { stl: "model/stl", step: "model/step" };

function baseName(trajectory: ReplayTrajectory): string {
  const episode = trajectory.episode === "" ? "" : `-${trajectory.episode.replace(/[^\w.-]+/g, "_")}`;
  return `${trajectory.task.id}${episode}`;
}

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** The step's whole ScoreResult, as the worker computed it. */
export async function exportStepReward(session: ReplaySession, trajectory: ReplayTrajectory, index: number): Promise<void> {
  const [score] = await session.scores.settled(trajectory, [index]);
  if (score.status !== "done") throw new Error(`step ${index + 1} could not be scored: ${score.status === "error" ? score.message : score.status}`);
  downloadFile(encode(JSON.stringify(score.result, null, 2) + "\n"), `${baseName(trajectory)}-step${index + 1}-reward.json`, "application/json");
}

/** Every step's result, one JSON line a step; steps not scored yet are scored first. */
export async function exportTrajectoryResults(session: ReplaySession, trajectory: ReplayTrajectory): Promise<void> {
  const scores = await session.scores.settled(trajectory);
  const failed = scores.findIndex((s) => s.status !== "done");
  if (failed !== -1) {
    const score = scores[failed];
    throw new Error(`step ${failed + 1} could not be scored (${score.status === "error" ? score.message : score.status}), so the results are incomplete`);
  }
  const lines = trajectory.steps.map((step, i) => ({
    task_id: trajectory.task.id,
    episode: trajectory.episode,
    step: step.step ?? step.index,
    label: step.label,
    line: step.line,
    code: step.code,
    result: (scores[i] as Extract<(typeof scores)[number], { status: "done" }>).result,
  }));
  downloadFile(encode(resultsJsonl(lines)), `${baseName(trajectory)}-results.jsonl`, "application/x-ndjson");
}

export async function exportStepModel(session: ReplaySession, trajectory: ReplayTrajectory, index: number, format: ExportFormat): Promise<void> {
  const bytes = await session.models.exportModel(trajectory.steps[index].code, format);
  downloadFile(bytes, `${baseName(trajectory)}-step${index + 1}.${format}`, MODEL_TYPES[format]);
}
