import type { BuiltModel } from "./buildModel";
import type { MeshQuality } from "./meshPart";
import { meshQualityForDiagonal, partBounds } from "./meshPart";
import type { NonSolidItem } from "./nonSolid";
import type { NonSolidKind, NonSolidMesh } from "../model/nonSolidMesh";

/** Kinds drawn as surfaces (with their borders as lines); the others are outlines and lines only. */
const SURFACE_KINDS: ReadonlySet<NonSolidKind> = new Set(["face", "shell", "compound"]);

/**
 * The quality non-solids are meshed at: sized by the box around the parts and the non-solids
 * together, so a sketch beside a large model is as fine as the model, and a model of sketches
 * alone still has a size. The boxes are the build's, exact, so the page and Node agree.
 */
export function nonSolidQuality(model: BuiltModel): MeshQuality {
  const boxes = [...model.parts.map(partBounds), ...model.nonSolids.map((item) => item.bounds)];
  const extent = [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b[1][k])) - Math.min(...boxes.map((b) => b[0][k])));
  return meshQualityForDiagonal(Math.hypot(...extent));
}

/** One non-solid as lines and, for surfaces, triangles; its shapes' meshes joined into one. */
export function meshNonSolid(item: NonSolidItem, quality: MeshQuality): NonSolidMesh {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const lines: number[] = [];
  for (const shape of item.shapes) {
    if (SURFACE_KINDS.has(item.kind)) {
      const faces = shape.mesh(quality);
      const offset = positions.length / 3;
      positions.push(...faces.vertices);
      normals.push(...faces.normals);
      for (const index of faces.triangles) indices.push(index + offset);
    }
    lines.push(...shape.meshEdges(quality).lines);
  }
  return {
    name: item.name,
    color: item.color,
    kind: item.kind,
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    indices: Uint32Array.from(indices),
    lines: Float32Array.from(lines),
  };
}

/** The buffers of a non-solid mesh, for a `transfer` list. */
export function nonSolidBuffers(mesh: NonSolidMesh): ArrayBuffer[] {
  return [mesh.positions, mesh.normals, mesh.indices, mesh.lines].map((a) => a.buffer as ArrayBuffer);
}
