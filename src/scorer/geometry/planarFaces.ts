import { getOC, type AnyShape } from "replicad";
import { shapeFaces } from "../../kernel";
import type { Box3 } from "./triMesh";

/** One flat face of a B-rep square to an axis, read once. */
export interface PlanarFace {
  /** The axis its normal lies along: 0, 1 or 2 for X, Y, Z. */
  axis: number;
  /** +1 when the face looks towards the axis's positive side (material lies below it), -1 when it looks the other way. */
  sense: 1 | -1;
  /** Where its plane crosses the axis, in mm. */
  at: number;
  /** The face's box. */
  bounds: Box3;
}

/** A normal this close to an axis is square to it; a sloping face is not one side of a panel along an axis. */
const SQUARE = 1 - 1e-6;

/**
 * Every flat face of a shape whose normal lies along X, Y or Z, with the side it looks to: the two
 * sides of a wall, a floor, an ear or a gusset. A fused sheet part is panels between such faces.
 */
export function planarFaces(shape: AnyShape): PlanarFace[] {
  const oc = getOC() as any;
  const found: PlanarFace[] = [];
  for (const face of shapeFaces(shape)) {
    const adaptor = new oc.BRepAdaptor_Surface(face.wrapped, true);
    try {
      if (adaptor.GetType() !== oc.GeomAbs_SurfaceType.GeomAbs_Plane) continue;
      const { UMin, UMax, VMin, VMax } = oc.BRepTools.UVBounds(face.wrapped, 0, 0, 0, 0);
      // The face's own normal (its orientation applied), so it looks out of the material.
      const centre = new oc.gp_Pnt();
      const normal = new oc.gp_Vec();
      const props = new oc.BRepGProp_Face(face.wrapped, false);
      props.Normal(0.5 * (UMin + UMax), 0.5 * (VMin + VMax), centre, normal);
      const length = normal.Magnitude();
      const n = [normal.X(), normal.Y(), normal.Z()].map((v) => v / length);
      const c = [centre.X(), centre.Y(), centre.Z()];
      for (const o of [props, normal, centre]) o.delete();
      const axis = n.findIndex((v) => Math.abs(v) >= SQUARE);
      if (axis < 0) continue;
      found.push({ axis, sense: n[axis] > 0 ? 1 : -1, at: c[axis], bounds: faceBox(oc, face.wrapped) });
    } finally {
      adaptor.delete();
      face.delete();
    }
  }
  return found;
}

/** The face's exact box, not its triangulation's: the page and Node mesh at their own times, but measure alike. */
function faceBox(oc: any, face: unknown): Box3 {
  const box = new oc.Bnd_Box();
  try {
    oc.BRepBndLib.AddOptimal(face, box, false, false);
    const min = box.CornerMin();
    const max = box.CornerMax();
    const bounds: Box3 = { min: [min.X(), min.Y(), min.Z()], max: [max.X(), max.Y(), max.Z()] };
    min.delete();
    max.delete();
    return bounds;
  } finally {
    box.delete();
  }
}
