import type { BuiltPart } from "./normaliseResult";

/**
 * A part ready to draw, as typed arrays so the worker can transfer rather than copy them.
 * `faceGroups` and `edgeGroups` hold (start, count, id) triples: triangles by index offset into
 * `indices`, edge segments by vertex offset into `edges`.
 */
export interface PartMesh {
  name: string;
  color: string | null;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  faceGroups: Uint32Array;
  edges: Float32Array;
  edgeGroups: Uint32Array;
}

export interface MeshQuality {
  tolerance: number;
  angularTolerance: number;
}

/** Chord tolerance that follows the model's size: fine for a 20 mm clip, not wasteful on a 900 mm chair. */
export function meshQualityFor(parts: BuiltPart[]): MeshQuality {
  let diagonal = 0;
  for (const part of parts) {
    const [[x0, y0, z0], [x1, y1, z1]] = part.shape.boundingBox.bounds;
    diagonal = Math.max(diagonal, Math.hypot(x1 - x0, y1 - y0, z1 - z0));
  }
  return { tolerance: Math.min(1, Math.max(0.01, diagonal / 1000)), angularTolerance: 0.3 };
}

export function meshPart(part: BuiltPart, quality: MeshQuality): PartMesh {
  const faces = part.shape.mesh(quality);
  const edges = part.shape.meshEdges(quality);
  return {
    name: part.name,
    color: part.color,
    positions: Float32Array.from(faces.vertices),
    normals: Float32Array.from(faces.normals),
    indices: Uint32Array.from(faces.triangles),
    faceGroups: Uint32Array.from(faces.faceGroups.flatMap((g) => [g.start, g.count, g.faceId >>> 0])),
    edges: Float32Array.from(edges.lines),
    edgeGroups: Uint32Array.from(edges.edgeGroups.flatMap((g) => [g.start, g.count, g.edgeId >>> 0])),
  };
}

/** The buffers of a mesh, for a `transfer` list. */
export function meshBuffers(mesh: PartMesh): ArrayBuffer[] {
  return [mesh.positions, mesh.normals, mesh.indices, mesh.faceGroups, mesh.edges, mesh.edgeGroups].map((a) => a.buffer as ArrayBuffer);
}
