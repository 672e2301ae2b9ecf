import { exportSTEP, makeCompound } from "replicad";
import type { BuiltPart } from "./normaliseResult";
import type { MeshQuality } from "./meshPart";

/** Binary STL of every part together (STL has no part names). */
export async function exportSTL(parts: BuiltPart[], quality: MeshQuality): Promise<ArrayBuffer> {
  const single = parts.length === 1;
  // replicad's makeCompound deletes the shapes it is given; clones keep the model's own parts alive.
  const shape = single ? parts[0].shape : (makeCompound(parts.map((p) => p.shape.clone())) as BuiltPart["shape"]);
  try {
    return await shape.blobSTL({ binary: true, ...quality }).arrayBuffer();
  } finally {
    if (!single) shape.delete();
  }
}

/** STEP assembly with one named product per part. */
export async function exportSTEPFile(parts: BuiltPart[]): Promise<ArrayBuffer> {
  const blob = exportSTEP(parts.map((p) => ({ shape: p.shape, name: p.name, ...(p.color ? { color: p.color } : {}) })));
  return blob.arrayBuffer();
}
