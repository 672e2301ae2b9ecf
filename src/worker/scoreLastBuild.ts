import manifoldWasmUrl from "manifold-3d/manifold.wasm?url";
import type { BuildOutcome, Kernel } from "../kernel";
import type { ScoreResult } from "../scorer/types";
import type { BuildRequest, ScoreRequest } from "./protocol";

/**
 * The scorer and manifold-3d are loaded on the first score, not with the worker, so they never
 * stand between the page and its first model.
 */
async function scorer() {
  const module = await import("../scorer");
  await module.loadManifold(manifoldWasmUrl);
  return module;
}

/** Work a score needs that does not depend on the candidate; the reference is cached per task and mode. */
export async function prepareScoring(kernel: Kernel, request: ScoreRequest): Promise<void> {
  await scorer();
  const { referenceModels } = await import("../scorer/referenceModel");
  // A reference that fails to build is reported by the scoring itself, with its own message.
  await referenceModels(kernel, request.task, request.mode).catch(() => undefined);
}

/** Scores a build outcome the worker already holds. */
export async function scoreLastBuild(kernel: Kernel, request: ScoreRequest & Pick<BuildRequest, "budget">, outcome: BuildOutcome, source: string): Promise<ScoreResult> {
  const { scoreModel } = await scorer();
  return scoreModel(kernel, request.task, outcome, source, { mode: request.mode, budget: request.budget });
}

/** Builds and scores code in one go; the build is freed afterwards. */
export async function scoreCode(kernel: Kernel, request: BuildRequest & ScoreRequest): Promise<ScoreResult> {
  const { scoreCandidate } = await scorer();
  return scoreCandidate(kernel, request.task, request.code, { mode: request.mode, params: request.params, budget: request.budget, language: request.language });
}
