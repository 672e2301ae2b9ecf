import * as replicad from "replicad";
import type { AnyShape } from "replicad";
import type { NonSolidKind } from "../model/nonSolidMesh";
import { solidCount } from "./solidCount";

/** A returned item that is drawn but not scored, with the kernel shapes that draw it. */
export interface NonSolidItem {
  name: string;
  color: string | null;
  kind: NonSolidKind;
  /** Wires for drawings and sketches, the shape itself otherwise; owned by the build's scope. */
  shapes: AnyShape[];
  /** Box around its shapes, measured in the build (exact), for the tessellation's quality. */
  bounds: [[number, number, number], [number, number, number]];
}

type Outline = { wire: replicad.Wire } | { sketches: Outline[] };

/** A 2D drawing in any of replicad's forms: each is drawn as the studio does, on the XY plane. */
function isDrawing(value: object): value is { sketchOnPlane(plane: "XY"): unknown } {
  return value instanceof replicad.Drawing || value instanceof replicad.Blueprint || value instanceof replicad.Blueprints || value instanceof replicad.CompoundBlueprint;
}

function isSketch(value: object): value is Outline {
  return value instanceof replicad.Sketch || value instanceof replicad.CompoundSketch || value instanceof replicad.Sketches;
}

/** The wires of a sketch, however nested: a sketch is drawn as its outline. */
function outlineWires(sketch: Outline): replicad.Wire[] {
  return "wire" in sketch ? [sketch.wire] : sketch.sketches.flatMap(outlineWires);
}

/** True when a shape holds at least one edge: an empty compound (a cut that removed everything) has nothing to draw. */
function holdsEdges(shape: AnyShape): boolean {
  const oc = replicad.getOC() as any;
  const explorer = new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_EDGE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
  try {
    return explorer.More();
  } finally {
    explorer.delete();
  }
}

/**
 * What kind of non-solid a returned value is, and the shapes that draw it; null for a value that
 * is to be scored as a part (it holds a solid, or nothing at all, which the solid check then
 * refuses) or that cannot be drawn (a number, a string). Must run inside the build's scope: a
 * drawing is sketched here, and its wires are the build's.
 */
export function nonSolidShapes(value: unknown): { kind: NonSolidKind; shapes: AnyShape[] } | null {
  if (!value || typeof value !== "object") return null;
  if (isDrawing(value)) {
    const sketched = value.sketchOnPlane("XY");
    return { kind: "drawing", shapes: isSketch(sketched as object) ? outlineWires(sketched as Outline) : [] };
  }
  if (isSketch(value)) return { kind: "sketch", shapes: outlineWires(value) };
  if (value instanceof replicad.Face) return { kind: "face", shapes: [value] };
  if (value instanceof replicad.Wire) return { kind: "wire", shapes: [value] };
  if (value instanceof replicad.Edge) return { kind: "edge", shapes: [value] };
  if (value instanceof replicad._3DShape && solidCount(value) === 0 && holdsEdges(value)) {
    return { kind: value instanceof replicad.Shell ? "shell" : "compound", shapes: [value] };
  }
  return null;
}

/** The box around shapes, from the kernel's exact boxes. */
export function shapesBounds(shapes: AnyShape[]): NonSolidItem["bounds"] {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const shape of shapes) {
    const [lo, hi] = shape.boundingBox.bounds as [number[], number[]];
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], lo[k]);
      max[k] = Math.max(max[k], hi[k]);
    }
  }
  return [min, max];
}
