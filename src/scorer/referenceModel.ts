import type { AnyShape } from "replicad";
import { buildModel, faceCount, type Kernel } from "../kernel";
import type { Task } from "../tasks/types";
import type { ScoreMode } from "./types";
import { measureModel } from "./geometry/modelGeometry";
import { triangleCount } from "./geometry/triMesh";
import { normalise, type NormalisedShape } from "./referenceSimilarity";
import type { CostFigures } from "./efficiency";

export interface ReferenceModel {
  shape: NormalisedShape;
  cost: CostFigures;
}

/** Samples per surface for Chamfer, F-score and symmetry: denser in full mode. */
export function sampleCountFor(mode: ScoreMode): number {
  return mode === "full" ? 4096 : 1024;
}

// The reference is the same every time: build and measure it once per task, mode and realm.
const cache = new Map<string, Promise<ReferenceModel>>();

/** Every reference design of the task, built and measured (cached per task, mode, source and realm). */
export function referenceModels(kernel: Kernel, task: Task, mode: ScoreMode): Promise<ReferenceModel[]> {
  return Promise.all(task.references.map((source, i) => referenceModel(kernel, task, source, i, mode)));
}

function referenceModel(kernel: Kernel, task: Task, source: string, index: number, mode: ScoreMode): Promise<ReferenceModel> {
  const key = `${task.id}\u0000${mode}\u0000${source}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = buildReference(kernel, task, source, index, mode);
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

async function buildReference(kernel: Kernel, task: Task, source: string, index: number, mode: ScoreMode): Promise<ReferenceModel> {
  // A reference is trusted code: it has no budget, only its work counted.
  const outcome = await buildModel(kernel, source, {}, Infinity);
  if (!outcome.ok) throw new Error(`reference ${index + 1} of task ${task.id} does not build: ${outcome.error.failure.message} (line ${outcome.error.failure.line})`);
  if (outcome.model.parts.length === 0) {
    outcome.model.dispose();
    throw new Error(`reference ${index + 1} of task ${task.id} returns no solid`);
  }
  const geometry = measureModel(outcome.model, mode === "full");
  try {
    return {
      shape: normalise(geometry, sampleCountFor(mode), mode === "full"),
      cost: {
        operations: outcome.model.operationCount,
        faces: faceCountOf(outcome.model.parts.map((p) => p.shape)),
        triangles: triangleCount(geometry.mesh),
        codeLength: source.length,
      },
    };
  } finally {
    geometry.dispose();
    outcome.model.dispose();
  }
}

/** Distinct B-rep faces over all the shapes. */
export function faceCountOf(shapes: AnyShape[]): number {
  return shapes.reduce((sum, shape) => sum + faceCount(shape), 0);
}
