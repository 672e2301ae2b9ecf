import { exportSTEP, makeCompound } from "replicad";
import type { BuiltPart } from "./normaliseResult";
import type { MeshQuality } from "./meshPart";

/**
 * Exports hold the solids only, as the score does: drawings, sketches, faces, wires and shells a
 * model shows beside them are left out, and a model of those alone has nothing to export.
 */
function refuseNoSolid(parts: BuiltPart[], format: string): void {
  if (parts.length === 0) throw new Error(`nothing to export as ${format}: the model has no solid (drawings, sketches, faces, wires and shells are shown but not exported)`);
}

/** Binary STL of every solid part together (STL has no part names). */
export async function exportSTL(parts: BuiltPart[], quality: MeshQuality): Promise<ArrayBuffer> {
  refuseNoSolid(parts, "STL");
  const single = parts.length === 1;
  // replicad's makeCompound deletes the shapes it is given; clones keep the model's own parts alive.
  const shape = single ? parts[0].shape : (makeCompound(parts.map((p) => p.shape.clone())) as BuiltPart["shape"]);
  try {
    return await shape.blobSTL({ binary: true, ...quality }).arrayBuffer();
  } finally {
    if (!single) shape.delete();
  }
}

/** STEP assembly with one named product per solid part. */
export async function exportSTEPFile(parts: BuiltPart[]): Promise<ArrayBuffer> {
  refuseNoSolid(parts, "STEP");
  const blob = exportSTEP(parts.map((p) => ({ shape: p.shape, name: p.name, ...(p.color ? { color: p.color } : {}) })));
  return blob.arrayBuffer();
}
