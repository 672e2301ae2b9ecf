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
