import { measureArea, type Shape3D } from "replicad";
import { isValidShape, shapeFaces } from "../kernel";
import type { Task } from "../tasks/types";
import type { ModelGeometry } from "./geometry/modelGeometry";
import { withManifolds } from "./geometry/manifold";
import type { DimensionScore } from "./dimension";
import type { Target } from "./types";
import { target } from "./targets";
import { round } from "./round";

const SHARES = { valid: 0.35, closed: 0.25, overlap: 0.15, components: 0.15, degenerate: 0.1 };

/**
 * B-rep validity (OpenCascade's BRepCheck_Analyzer), closed solids (the tessellated surface of
 * each part must be an oriented 2-manifold), no overlapping solids inside one part, the
 * component count the task expects, and no degenerate (zero-area) faces.
 */
export function scoreTopology(task: Task, model: ModelGeometry): DimensionScore {
  const notes: string[] = [];
  const invalid: string[] = [];
  const open: string[] = [];
  const overlapping: { part: string; volume: number }[] = [];
  const degenerate: { part: string; faces: number }[] = [];
  let components = 0;

  for (const part of model.parts) {
    if (!isValidShape(part.part.shape)) invalid.push(part.name);
    const tiny = degenerateFaces(part.part.shape, part.faceAreas, 1e-9 * model.diagonal * model.diagonal);
    if (tiny > 0) degenerate.push({ part: part.name, faces: tiny });

    if (!part.manifold) {
      open.push(part.name);
      components += 1;
      continue;
    }
    withManifolds((keep) => {
      const pieces = part.pieces();
      components += pieces.length;
      let overlap = 0;
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i + 1; j < pieces.length; j++) overlap += keep(pieces[i].intersect(pieces[j])).volume();
      }
      if (overlap > 1e-6 * model.volume) overlapping.push({ part: part.name, volume: overlap });
    });
  }

  const expected = task.expectedComponents;
  const componentScore = !expected ? 1 : components < expected.min ? components / expected.min : components > expected.max ? expected.max / components : 1;
  const noteTargets: Target[] = [];
  const note = (text: string, parts: string[] = []) => {
    notes.push(text);
    noteTargets.push(target({ parts }));
  };
  if (invalid.length) note(`${list(invalid)} ${invalid.length > 1 ? "are" : "is"} not a valid B-rep (BRepCheck_Analyzer): rebuild ${invalid.length > 1 ? "them" : "it"} from simpler booleans`, invalid);
  if (open.length) note(`${list(open)} ${open.length > 1 ? "are" : "is"} not a closed solid: the surface has gaps or flipped faces`, open);
  for (const o of overlapping) note(`${o.part} is made of solids that overlap by ${o.volume.toFixed(1)} mm3: fuse them into one`, [o.part]);
  if (expected && componentScore < 1) {
    note(`the model has ${components} separate solid${components === 1 ? "" : "s"}; the task expects ${expected.min === expected.max ? expected.min : `${expected.min} to ${expected.max}`}`);
  }
  for (const d of degenerate) note(`${d.part} has ${d.faces} degenerate face${d.faces === 1 ? "" : "s"} of zero area`, [d.part]);

  const score =
    SHARES.valid * (1 - invalid.length / model.parts.length) +
    SHARES.closed * (1 - open.length / model.parts.length) +
    SHARES.overlap * (1 - overlapping.length / model.parts.length) +
    SHARES.components * componentScore +
    SHARES.degenerate * (degenerate.length ? 0 : 1);
  return {
    score,
    notes,
    noteTargets,
    metrics: {
      invalid_parts: invalid,
      open_parts: open,
      overlapping_parts: overlapping.map((o) => ({ part: o.part, volume_mm3: round(o.volume, 3) })),
      components,
      expected_components: expected,
      degenerate_faces: degenerate,
    },
  };
}

/**
 * Faces under `least` mm2. The exact B-rep area (a surface integral per face) is taken only for
 * faces whose triangles cover little: a face whose tessellation holds a thousand times the
 * threshold is certainly not degenerate, and that is nearly every face.
 */
function degenerateFaces(shape: Shape3D, meshAreas: Float64Array, least: number): number {
  // The kernel's linear-time listing, in the order of replicad's `faces` (that of the mesh's areas).
  const faces = shapeFaces(shape);
  const trusted = meshAreas.length === faces.length;
  let count = 0;
  for (let i = 0; i < faces.length; i++) {
    const face = faces[i];
    try {
      if (trusted && meshAreas[i] > 1000 * least) continue;
      let area = 0;
      try {
        area = measureArea(face);
      } catch {
        area = 0;
      }
      if (area < least) count++;
    } finally {
      face.delete();
    }
  }
  return count;
}

export function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
