import type { BuiltModel } from "./buildModel";
import type { NonSolidMesh } from "../model/nonSolidMesh";
import type { PartMesh } from "../model/partMesh";
import { meshPart, meshQualityFor, type MeshQuality } from "./meshPart";
import { meshNonSolid, nonSolidQuality } from "./meshNonSolid";

/** A whole model tessellated at one quality, and how long that took (its non-solids included). */
export interface ModelMesh {
  quality: MeshQuality;
  parts: PartMesh[];
  /** Drawn beside the parts, never scored; meshed at a quality of their own (see `nonSolidQuality`). */
  nonSolids: NonSolidMesh[];
  meshMs: number;
}

const displayMeshes = new WeakMap<BuiltModel, ModelMesh>();

/**
 * The model tessellated for display, made on the first call and kept with the model: the worker
 * draws it and fast scoring measures the same triangles instead of tessellating again.
 */
export function meshModel(model: BuiltModel): ModelMesh {
  let mesh = displayMeshes.get(model);
  if (!mesh) {
    const started = performance.now();
    // A model of non-solids alone has no box of parts to size a quality by.
    const quality = model.parts.length > 0 ? meshQualityFor(model.parts) : nonSolidQuality(model);
    const parts = model.parts.map((part) => meshPart(part, quality));
    const lineQuality = model.nonSolids.length > 0 ? nonSolidQuality(model) : quality;
    const nonSolids = model.nonSolids.map((item) => meshNonSolid(item, lineQuality));
    mesh = { quality, parts, nonSolids, meshMs: performance.now() - started };
    displayMeshes.set(model, mesh);
  }
  return mesh;
}
