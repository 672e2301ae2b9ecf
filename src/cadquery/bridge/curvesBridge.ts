import type * as replicad from "replicad";
import type { Drawing, Shape3D } from "replicad";
import type { BridgeReplicad, WithPlane } from "./cadqueryBridge";
import { withTemporaries } from "./kernelTemporaries";
import { nestedSolid, nestingLevels } from "./nestedOutlines";

/** A plane as the Python side sends it: origin, x direction and normal, nine numbers. */
type FlatPlane = ArrayLike<number>;
type Triple = [number, number, number];

// Segment kinds of a flat path, as _cadforge_path.py writes them.
const LINE = 0;
const ARC = 1;
const SPLINE = 2;
const ELLIPSE = 3;

/**
 * The bridge functions of the Workplane's curves, revolve and twistExtrude. Every curve is
 * a replicad `Curve2D` and every result a replicad object, so the build's WasmScope frees them;
 * the raw OpenCascade temporaries made to build a curve are deleted here before returning.
 */
export function makeCurvesBridge(r: BridgeReplicad, withPlane: WithPlane) {
  const oc = r.getOC() as any;


  const segmentCurve = (from: [number, number], flat: ArrayLike<number>, i: number): { curve: unknown; next: number; end: [number, number] } =>
    withTemporaries(r, (keep) => {
      const pnt = (x: number, y: number) => keep(new oc.gp_Pnt2d(x, y));
      const kind = flat[i];
      if (kind === LINE) {
        const end: [number, number] = [flat[i + 1], flat[i + 2]];
        const curve = keep(new oc.GC_MakeSegment2d(pnt(...from), pnt(...end))).Value();
        return { curve, next: i + 3, end };
      }
      if (kind === ARC) {
        const end: [number, number] = [flat[i + 3], flat[i + 4]];
        const curve = keep(new oc.GC_MakeArcOfCircle2d(pnt(...from), pnt(flat[i + 1], flat[i + 2]), pnt(...end))).Value();
        return { curve, next: i + 5, end };
      }
      if (kind === SPLINE) {
        const degree = flat[i + 1];
        const poleCount = flat[i + 2];
        const poles = keep(new oc.NCollection_Array1_gp_Pnt2d(1, poleCount));
        for (let k = 0; k < poleCount; k++) poles.SetValue(k + 1, pnt(flat[i + 3 + 2 * k], flat[i + 4 + 2 * k]));
        const knotsAt = i + 3 + 2 * poleCount;
        const knotCount = flat[knotsAt];
        const knots = keep(new oc.NCollection_Array1_double(1, knotCount));
        const mults = keep(new oc.NCollection_Array1_int(1, knotCount));
        for (let k = 0; k < knotCount; k++) {
          knots.SetValue(k + 1, flat[knotsAt + 1 + k]);
          mults.SetValue(k + 1, flat[knotsAt + 1 + knotCount + k]);
        }
        const curve = new oc.Geom2d_BSplineCurve(poles, knots, mults, degree, false);
        const last = 3 + 2 * poleCount - 2;
        return { curve, next: knotsAt + 1 + 2 * knotCount, end: [flat[i + last], flat[i + last + 1]] };
      }
      if (kind === ELLIPSE) {
        const [cx, cy, major, minor, dx, dy, t1, t2, direct] = Array.from({ length: 9 }, (_, k) => flat[i + 1 + k]);
        const axis = keep(new oc.gp_Ax2d(pnt(cx, cy), keep(new oc.gp_Dir2d(dx, dy))));
        const ellipse = keep(new oc.gp_Elips2d(axis, major, minor, true));
        // Made counter-clockwise always (a clockwise arc from t1 to t2 is the one from t2 to t1); outline() turns it to start at t1.
        const curve = keep(new oc.GC_MakeArcOfEllipse2d(ellipse, direct === 1 ? t1 : t2, direct === 1 ? t2 : t1, true)).Value();
        const y: [number, number] = [-dy, dx];
        const at = (t: number): [number, number] => [cx + major * Math.cos(t) * dx + minor * Math.sin(t) * y[0], cy + major * Math.cos(t) * dy + minor * Math.sin(t) * y[1]];
        return { curve, next: i + 10, end: at(t2) };
      }
      throw new Error(`outline: unknown segment kind ${kind} at ${i}`);
    });

  /** A path rebuilt from `_cadforge_path.Path.flat()`: start point, then one segment after another. */
  const outline = (flat: ArrayLike<number>): Drawing => {
    let at: [number, number] = [flat[0], flat[1]];
    const curves = [];
    for (let i = 2; i < flat.length; ) {
      const { curve, next, end } = segmentCurve(at, flat, i);
      const curve2d = new r.Curve2D(curve as never);
      // OpenCascade may return an arc running the other way: every curve must start where the last ended.
      const [fx, fy] = curve2d.firstPoint;
      if (Math.hypot(fx - at[0], fy - at[1]) > 1e-6) curve2d.reverse();
      curves.push(curve2d);
      at = end;
      i = next;
    }
    return new r.Drawing(new r.Blueprint(curves));
  };

  /** Each nested level of the outlines made into a solid, holes cut and islands added, outermost first, cleaned. */
  const solidOfLevels = (flat: FlatPlane, drawings: Drawing[], make: (sketch: replicad.Sketch) => Shape3D): Shape3D => {
    const levels = withPlane(flat, (plane) => nestingLevels(drawings).map((d) => ({ ...d, solid: make(d.drawing.sketchOnPlane(plane) as replicad.Sketch) })));
    // CadQuery cleans what it revolves or twists (clean=True), as extrude's solids are cleaned.
    return nestedSolid(levels).simplify();
  };

  return {
    outline,
    /** The outline reflected across the line through the local origin along (dx, dy). */
    mirrorOutline: (drawing: Drawing, dx: number, dy: number) => drawing.clone().mirror([dx, dy], [0, 0], "plane"),
    revolve: (flat: FlatPlane, drawings: Drawing[], angle: number, ax: number, ay: number, az: number, bx: number, by: number, bz: number) =>
      solidOfLevels(flat, drawings, (sketch) => sketch.revolve([bx - ax, by - ay, bz - az], { origin: [ax, ay, az], angle })),
    /** Extruded along the plane's normal while turning `angle` degrees about it, through the plane's origin (as CadQuery turns). */
    twistExtrude: (flat: FlatPlane, drawings: Drawing[], distance: number, angle: number) => {
      const sign = Math.sign(distance);
      const direction: Triple = [flat[6] * sign, flat[7] * sign, flat[8] * sign];
      return solidOfLevels(flat, drawings, (sketch) =>
        sketch.extrude(Math.abs(distance), { extrusionDirection: direction, twistAngle: angle, origin: [flat[0], flat[1], flat[2]] }),
      );
    },
  };
}
