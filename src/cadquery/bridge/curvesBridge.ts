import type * as replicad from "replicad";
import type { Drawing, Shape3D } from "replicad";
import type { BridgeReplicad } from "./cadqueryBridge";

/** A plane as the Python side sends it: origin, x direction and normal, nine numbers. */
type FlatPlane = ArrayLike<number>;
type Triple = [number, number, number];

/** What the curves need of the main bridge: its plane handling and CadQuery's rule for nested wires. */
export interface CurveBridgeTools {
  withPlane<T>(flat: FlatPlane, fn: (plane: replicad.Plane) => T): T;
  nestingLevels(drawings: Drawing[]): { drawing: Drawing; depth: number }[];
}

// Segment kinds of a flat path, as _cadforge_path.py writes them.
const LINE = 0;
const ARC = 1;
const SPLINE = 2;
const ELLIPSE = 3;

/**
 * The bridge functions of the Workplane's curves, revolve, twistExtrude and wedge. Every curve is
 * a replicad `Curve2D` and every result a replicad object, so the build's WasmScope frees them;
 * the raw OpenCascade temporaries made to build a curve are deleted here before returning.
 */
export function makeCurvesBridge(r: BridgeReplicad, tools: CurveBridgeTools) {
  const oc = r.getOC() as any;

  /** Runs `fn` with replicad's register for raw kernel temporaries, deleting them afterwards. */
  const withTemporaries = <T>(fn: (keep: <U>(o: U) => U) => T): T => {
    const [keep, gc] = r.localGC();
    try {
      return fn(keep as <U>(o: U) => U);
    } finally {
      gc();
    }
  };

  const segmentCurve = (from: [number, number], flat: ArrayLike<number>, i: number): { curve: unknown; next: number; end: [number, number] } =>
    withTemporaries((keep) => {
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
    const levels = tools.withPlane(flat, (plane) =>
      tools.nestingLevels(drawings).map((d) => ({ ...d, solid: make(d.drawing.sketchOnPlane(plane) as replicad.Sketch) })),
    );
    let result = levels[0].solid;
    for (const { depth, solid } of levels.slice(1)) result = depth % 2 === 1 ? result.cut(solid) : result.fuse(solid);
    // CadQuery cleans what it revolves or twists (clean=True), as extrude's solids are cleaned.
    return result.simplify();
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
    wedge: (
      flat: FlatPlane,
      px: number,
      py: number,
      pz: number,
      ox: number,
      oy: number,
      oz: number,
      nx: number,
      ny: number,
      nz: number,
      ...[dx, dy, dz, xmin, zmin, xmax, zmax]: number[]
    ): Shape3D => {
      // OpenCascade's wedge: a box 0..dx, 0..dy, 0..dz whose face at y = dy is xmin..xmax by zmin..zmax,
      // in the frame gp_Ax2(offset, dir) chooses, placed at the point in the workplane's axes.
      const [wx, wy, wz] = ax2Frame([nx, ny, nz]);
      const planeX: Triple = [flat[3], flat[4], flat[5]];
      const planeZ: Triple = [flat[6], flat[7], flat[8]];
      const planeY = cross(planeZ, planeX);
      const world = ([u, v, w]: Triple): Triple => {
        const local = [0, 1, 2].map((k) => [ox, oy, oz][k] + u * wx[k] + v * wy[k] + w * wz[k]);
        return [0, 1, 2].map((k) => [px, py, pz][k] + local[0] * planeX[k] + local[1] * planeY[k] + local[2] * planeZ[k]) as Triple;
      };
      const bottom: Triple[] = [[0, 0, 0], [dx, 0, 0], [dx, 0, dz], [0, 0, dz]];
      const top: Triple[] = [[xmin, dy, zmin], [xmax, dy, zmin], [xmax, dy, zmax], [xmin, dy, zmax]];
      const quads = [bottom, [...top].reverse(), ...[0, 1, 2, 3].map((k) => [bottom[(k + 1) % 4], bottom[k], top[k], top[(k + 1) % 4]])];
      const faces = quads
        .map((quad) => distinctCorners(quad.map(world)))
        .filter((corners) => corners.length >= 3)
        .map((corners) => r.makePolygon(corners));
      return r.makeSolid(faces) as Shape3D;
    },
  };
}

/** The x, y and z axes gp_Ax2(point, dir) picks when given only its main direction. */
function ax2Frame(dir: Triple): [Triple, Triple, Triple] {
  const length = Math.hypot(...dir);
  const z = dir.map((c) => c / length) as Triple;
  const [a, b, c] = z.map(Math.abs);
  let x: Triple;
  if (b <= a && b <= c) x = a > c ? [-z[2], 0, z[0]] : [z[2], 0, -z[0]];
  else if (a <= b && a <= c) x = b > c ? [0, -z[2], z[1]] : [0, z[2], -z[1]];
  else x = a > b ? [-z[1], z[0], 0] : [z[1], -z[0], 0];
  const xl = Math.hypot(...x);
  x = x.map((v) => v / xl) as Triple;
  return [x, cross(z, x), z];
}

function cross(a: readonly number[], b: readonly number[]): Triple {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** A face's corners without the ones that coincide (a wedge's top may shrink to an edge or a point). */
function distinctCorners(points: Triple[]): Triple[] {
  const out: Triple[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1], p[2] - last[2]) > 1e-9) out.push(p);
  }
  while (out.length > 1 && Math.hypot(out[0][0] - out[out.length - 1][0], out[0][1] - out[out.length - 1][1], out[0][2] - out[out.length - 1][2]) <= 1e-9) out.pop();
  return out;
}
