/**
 * What a model may return beside its solids and the page draws but the scorer never measures:
 * 2D drawings (laid in the XY plane), sketches, faces, wires, edges, and 3D shapes that hold no
 * solid (a shell, a compound of faces).
 */
export type NonSolidKind = "drawing" | "sketch" | "face" | "wire" | "edge" | "shell" | "compound";

/** A non-solid item ready to draw, as typed arrays the worker transfers, as it does part meshes. */
export interface NonSolidMesh {
  name: string;
  color: string | null;
  kind: NonSolidKind;
  /** Triangles of its surfaces (faces, shells, compounds of faces); empty for outlines and lines. */
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Line segments as point pairs, ready for `LineSegments`: outlines, wires, edges, and the borders of surfaces. */
  lines: Float32Array;
}

