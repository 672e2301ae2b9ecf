import { type Params } from "../model/params";
import type { LanguageChoice } from "../model/codeLanguage";
import { buildModel, meshModel, type BuildOutcome, type Kernel } from "../kernel";
import type { Task } from "../tasks/types";
import type { ElapsedMs, PartSummary, Reward, ScoreMode, ScoreResult } from "./types";
import { loadManifold } from "./geometry/manifold";
import { measureModel } from "./geometry/modelGeometry";
import { triangleCount } from "./geometry/triMesh";
import { scoreTopology } from "./topology";
import { round } from "./round";
import { scoreContact } from "./contact";
import { scoreSemanticParts } from "./semanticParts";
import { normalise, scoreReferenceSimilarity, type NormalisedShape } from "./referenceSimilarity";
import { scoreEditability } from "./editability";
import { scoreEfficiency } from "./efficiency";
import { faceCountOf, referenceModels, sampleCountFor } from "./referenceModel";
import { failureResult } from "./failureResult";
import { totalOf } from "./total";
import { boxMm, noteTargetsOf, target } from "./targets";
import { noSolidFailure, nonSolidNote } from "./nonSolids";

export interface ScoreOptions {
  mode: ScoreMode;
  /** The candidate's work budget, for its build and for the rebuilds that probe its parameters (default `DEFAULT_WORK_BUDGET`). */
  budget?: number;
  /** The candidate's language; "auto" (the default) reads it from the code (`import cadquery` is Python). */
  language?: LanguageChoice;
}

/**
 * Scores a build outcome against a task. The model stays the caller's: nothing here disposes it.
 * manifold-3d must have been loaded with `loadManifold` (the browser worker passes its URL);
 * in Node the first call loads it from beside the package.
 */
export async function scoreModel(kernel: Kernel, task: Task, outcome: BuildOutcome, source: string, opts: ScoreOptions): Promise<ScoreResult> {
  const started = performance.now();
  if (!outcome.ok) return failureResult(task, outcome.error.failure, opts.mode, { build: outcome.buildMs, score: performance.now() - started });
  // Drawn in the page, but with no solid there is nothing to measure: the failure it is.
  if (outcome.model.parts.length === 0) {
    const { nonSolids, buildMs } = outcome.model;
    const result = failureResult(task, noSolidFailure(nonSolids), opts.mode, { build: buildMs, score: performance.now() - started });
    result.metrics.build.not_scored = nonSolids.map(({ name, kind }) => ({ name, kind }));
    return result;
  }
  await loadManifold();
  const fine = opts.mode === "full";
  const model = outcome.model;
  const timer = stepTimer();
  const references = await timer.step("reference", () => referenceModels(kernel, task, opts.mode));
  // The display tessellation is the build's (in the page the viewer made it first), not the score's.
  const meshing = performance.now();
  const display = fine ? null : meshModel(model);
  const meshedHere = performance.now() - meshing;
  const geometry = timer.step("geometry", () => measureModel(model, fine));
  let candidate: NormalisedShape | null = null;
  try {
    const topology = timer.step("topology", () => scoreTopology(task, geometry));
    const contact = timer.step("contact", () => scoreContact(geometry));
    const semantic = timer.step("semantic_parts", () => scoreSemanticParts(task, geometry, fine));
    // Valid designs differ: the candidate is measured against each reference and the nearest counts.
    const { similarity, reference } = timer.step("reference_similarity", () => {
      const shape = (candidate = normalise(geometry, sampleCountFor(opts.mode), fine));
      const each = references.map((r) => scoreReferenceSimilarity(shape, r.shape, fine));
      const best = each.reduce((b, s, i) => (s.score > each[b].score ? i : b), 0);
      return { similarity: { ...each[best], metrics: { ...each[best].metrics, reference: best + 1, of_references: references.length } }, reference: references[best] };
    });
    const editability = await timer.step("editability", () => scoreEditability(kernel, source, model, fine, opts.budget));
    const efficiency = timer.step("efficiency", () =>
      scoreEfficiency(
        { operations: model.operationCount, faces: faceCountOf(model.parts.map((p) => p.shape)), triangles: triangleCount(geometry.mesh), codeLength: source.length },
        reference.cost,
      ),
    );
    const dims = {
      topology: topology.score,
      contact: contact.score,
      semantic_parts: semantic.score,
      reference_similarity: similarity.score,
      editability: editability.score,
      efficiency: efficiency.score,
    };
    const reward: Reward = { total: round(totalOf(dims), 4), build: 1, ...(Object.fromEntries(Object.entries(dims).map(([k, v]) => [k, round(v, 4)])) as Omit<Reward, "total" | "build">) };
    const parts: PartSummary[] = geometry.parts.map((p) => ({
      name: p.name,
      volume_mm3: round(p.volume, 2),
      bbox: boxMm(p.bounds.min, p.bounds.max),
      touches: contact.touches.get(p.name) ?? [],
      roles: semantic.roles.rolesOf.get(p.name) ?? [],
    }));
    // Most important first: what is missing or wrong in the object, then how it is made.
    const noting = [semantic, contact, topology, similarity, editability, efficiency];
    const notes = noting.flatMap((d) => d.notes);
    const noteTargets = noting.flatMap(noteTargetsOf);
    // Last: what the model shows beside its solids is no fault of the object, only worth knowing.
    if (model.nonSolids.length > 0) {
      notes.push(nonSolidNote(model.nonSolids));
      noteTargets.push(target());
    }
    return {
      task_id: task.id,
      mode: opts.mode,
      ok: true,
      reward,
      failure: null,
      notes,
      note_targets: noteTargets,
      parts,
      metrics: {
        build: {
          operations: model.operationCount,
          work_units: round(model.workUnits, 3),
          parts: model.parts.length,
          params: model.params,
          ...(model.nonSolids.length > 0 ? { not_scored: model.nonSolids.map(({ name, kind }) => ({ name, kind })) } : {}),
        },
        topology: topology.metrics,
        contact: contact.metrics,
        semantic_parts: semantic.metrics,
        reference_similarity: similarity.metrics,
        editability: editability.metrics,
        efficiency: efficiency.metrics,
      },
      elapsed_ms: {
        build: Math.round(model.buildMs),
        ...(display ? { mesh: Math.round(display.meshMs) } : {}),
        score: Math.round(performance.now() - started - meshedHere),
        dimensions: timer.spent,
      },
    };
  } finally {
    (candidate as NormalisedShape | null)?.solid?.delete();
    geometry.dispose();
  }
}

/** Milliseconds spent in each named step (0.1 ms resolution), for `elapsed_ms.dimensions`. */
function stepTimer() {
  const spent: NonNullable<ElapsedMs["dimensions"]> = {};
  const record = (name: keyof typeof spent, since: number) => (spent[name] = Math.round((performance.now() - since) * 10) / 10);
  function step<T>(name: keyof typeof spent, fn: () => Promise<T>): Promise<T>;
  function step<T>(name: keyof typeof spent, fn: () => T): T;
  function step<T>(name: keyof typeof spent, fn: () => T | Promise<T>): T | Promise<T> {
    const since = performance.now();
    const value = fn();
    if (value instanceof Promise) return value.finally(() => record(name, since));
    record(name, since);
    return value;
  }
  return { spent, step };
}

/** Builds the candidate, scores it and frees the build. */
export async function scoreCandidate(kernel: Kernel, task: Task, source: string, opts: ScoreOptions & { params?: Partial<Params> }): Promise<ScoreResult> {
  const outcome = await buildModel(kernel, source, opts.params ?? {}, opts.budget, opts.language);
  try {
    return await scoreModel(kernel, task, outcome, source, opts);
  } finally {
    if (outcome.ok) outcome.model.dispose();
  }
}
