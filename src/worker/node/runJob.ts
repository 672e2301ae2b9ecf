import { measureVolume } from "replicad";
import { type BuildFailure } from "../../model/buildFailure";
import { buildModel, type Kernel } from "../../kernel";
import type { ScoreResult } from "../../scorer/types";
import type { BuildSummary, PoolJob, PoolResult, ScoreJob } from "./poolJob";

/** Runs one job on a loaded kernel and frees everything it built. */
export async function runJob<J extends PoolJob>(kernel: Kernel, job: J): Promise<PoolResult<J>> {
  if (job.kind === "score") return (await runScoreJob(kernel, job)) as PoolResult<J>;
  const started = performance.now();
  const outcome = await buildModel(kernel, job.code, job.params ?? {}, job.budget, job.language);
  if (!outcome.ok) {
    const summary: BuildSummary = { ok: false, failure: outcome.error.failure, parts: [], not_scored: [], elapsed_ms: performance.now() - started };
    return summary as PoolResult<J>;
  }
  try {
    const parts = outcome.model.parts.map((p) => ({ name: p.name, volume_mm3: measureVolume(p.shape) }));
    const notScored = outcome.model.nonSolids.map(({ name, kind }) => ({ name, kind }));
    return { ok: true, failure: null, parts, not_scored: notScored, elapsed_ms: performance.now() - started } as PoolResult<J>;
  } finally {
    outcome.model.dispose();
  }
}

async function runScoreJob(kernel: Kernel, job: ScoreJob): Promise<ScoreResult> {
  const { scoreCandidate, failureResult } = await import("../../scorer/index");
  const started = performance.now();
  try {
    return await scoreCandidate(kernel, job.task, job.code, { mode: job.mode, params: job.params, budget: job.budget, language: job.language });
  } catch (error) {
    // A scorer bug must not end a batch of thousands; it is reported as such, never blamed on the code.
    const failure: BuildFailure = {
      class: "kernel_error",
      message: `the scorer itself failed on this candidate: ${(error as Error)?.message ?? error}`,
      line: null,
      column: null,
      operation: null,
    };
    return failureResult(job.task, failure, job.mode, { build: 0, score: performance.now() - started });
  }
}

/**
 * The scorer's modules and manifold's WASM. A thread loads them before its lockdown, since
 * manifold finds its file through `process`, which the lockdown takes away.
 */
export async function loadScorer(): Promise<void> {
  const { loadManifold } = await import("../../scorer/index");
  await import("../../scorer/referenceModel");
  await loadManifold();
}

/**
 * Work a job needs that does not depend on the candidate: the task's reference model, built once
 * per thread. It runs before the time limit starts, so the first candidate of a task on a fresh
 * thread is not charged for it.
 */
export async function prepareJob(kernel: Kernel, job: PoolJob): Promise<void> {
  if (job.kind !== "score") return;
  await loadScorer();
  const { referenceModels } = await import("../../scorer/referenceModel");
  // A reference that fails to build is reported by the scoring itself, with its own message.
  await referenceModels(kernel, job.task, job.mode).catch(() => undefined);
}

/** What a job returns when its thread had to be stopped (time limit) or died under it. */
export async function lostJobResult(job: PoolJob, failure: BuildFailure, elapsedMs: number): Promise<BuildSummary | ScoreResult> {
  if (job.kind === "score") {
    const { failureResult } = await import("../../scorer/index");
    return failureResult(job.task, failure, job.mode, { build: elapsedMs, score: 0 });
  }
  return { ok: false, failure, parts: [], not_scored: [], elapsed_ms: elapsedMs };
}
