import type { BuiltPart } from "./normaliseResult";
import type { PartMesh } from "../model/partMesh";

export type { PartMesh } from "../model/partMesh";

export interface MeshQuality {
  tolerance: number;
  angularTolerance: number;
}

/**
 * Chord tolerance that follows the model's size: fine for a 20 mm clip, not wasteful on a 900 mm
 * chair. The viewer and fast scoring use "display", so a score can read the tessellation the viewer
 * already made; full scoring's "fine" halves it. The box is the one the build measured (exact), so
 * the page and Node tessellate alike.
 */
export function meshQualityFor(parts: BuiltPart[], detail: "display" | "fine" = "display"): MeshQuality {
  return meshQualityForDiagonal(Math.hypot(...modelSize(parts)), detail);
}

/** The quality `meshQualityFor` gives a model whose box has this diagonal (mm). */
export function meshQualityForDiagonal(diagonal: number, detail: "display" | "fine" = "display"): MeshQuality {
  return { tolerance: Math.min(1, Math.max(0.01, diagonal / (detail === "fine" ? 2000 : 1000))), angularTolerance: 0.3 };
}

/** Each part's box as the build measured it, or as OpenCascade's quick box when it did not. */
export function partBounds(part: BuiltPart): [[number, number, number], [number, number, number]] {
  return part.measured?.bounds ?? (part.shape.boundingBox.bounds as [[number, number, number], [number, number, number]]);
}

/** The box around every part, from `partBounds`: the one the tessellation quality and the scorer both measure. */
export function modelBox(parts: BuiltPart[]): { min: [number, number, number]; max: [number, number, number] } {
  const boxes = parts.map(partBounds);
  return {
    min: [0, 1, 2].map((k) => Math.min(...boxes.map((b) => b[0][k]))) as [number, number, number],
    max: [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b[1][k]))) as [number, number, number],
  };
}

function modelSize(parts: BuiltPart[]): [number, number, number] {
  const { min, max } = modelBox(parts);
  return [0, 1, 2].map((k) => max[k] - min[k]) as [number, number, number];
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
