import { getOC, type AnyShape } from "replicad";
import { shapeFaces } from "../../kernel";

/** One cylindrical or conical face of a B-rep, read once. */
export interface TurnedFace {
  kind: "cylinder" | "cone";
  /** A cylinder's radius; a cone's where its axis is located. */
  radius: number;
  /** Unit axis direction, its first non-zero component positive, so both senses of one axis agree. */
  direction: [number, number, number];
  /** The axis line's point nearest the origin. */
  foot: [number, number, number];
  /** True when the face looks away from its axis (a barrel, a boss); false for a bore's wall. */
  convex: boolean;
  /** Angle the face goes round its axis, in radians. */
  turn: number;
  /** Where the face runs along its axis, measured from the foot: [from, to]. */
  span: [number, number];
}

/**
 * Every cylindrical and conical face of a shape, with its axis line and which way it faces: the
 * walls of holes and their countersinks, barrels and their chamfers. Faces that share an axis
 * line (a bore and its counterbore, the two halves of a seamed barrel) share `direction` and
 * `foot` to within `snap` mm, so callers may group them by `axisKey`.
 */
export function turnedFaces(shape: AnyShape): TurnedFace[] {
  const oc = getOC() as any;
  const types = new Map<unknown, TurnedFace["kind"]>([
    [oc.GeomAbs_SurfaceType.GeomAbs_Cylinder, "cylinder"],
    [oc.GeomAbs_SurfaceType.GeomAbs_Cone, "cone"],
  ]);
  const found: TurnedFace[] = [];
  for (const face of shapeFaces(shape)) {
    // One adaptor per face, for its type and then its surface (replicad's `geomType` makes its own).
    const adaptor = new oc.BRepAdaptor_Surface(face.wrapped, true);
    try {
      const kind = types.get(adaptor.GetType());
      if (!kind) continue;
      const { UMin, UMax, VMin, VMax } = oc.BRepTools.UVBounds(face.wrapped, 0, 0, 0, 0);
      const uMid = 0.5 * (UMin + UMax), vMid = 0.5 * (VMin + VMax);
      const at = (u: number, v: number) => {
        const point = adaptor.Value(u, v);
        const xyz = [point.X(), point.Y(), point.Z()];
        point.delete();
        return xyz;
      };
      const axis = kind === "cylinder" ? cylinderAxis(adaptor) : coneAxis(at, UMin, UMax, vMid);
      if (!axis) continue;
      const { point: p, radius } = axis;
      let d = axis.direction;

      // The face's normal where it is evaluated, at the middle of its parameter range. Only
      // its side of the axis is read, so no projection of the point back onto the face.
      const centre = new oc.gp_Pnt();
      const normal = new oc.gp_Vec();
      const props = new oc.BRepGProp_Face(face.wrapped, false);
      props.Normal(uMid, vMid, centre, normal);
      const c = [centre.X(), centre.Y(), centre.Z()];
      const n = [normal.X(), normal.Y(), normal.Z()];
      for (const o of [props, normal, centre]) o.delete();
      const along = (c[0] - p[0]) * d[0] + (c[1] - p[1]) * d[1] + (c[2] - p[2]) * d[2];
      const radial = [0, 1, 2].map((k) => c[k] - p[k] - along * d[k]);

      const sign = Math.abs(d[0]) > 1e-9 ? Math.sign(d[0]) : Math.abs(d[1]) > 1e-9 ? Math.sign(d[1]) : Math.sign(d[2]);
      d = d.map((v) => v * sign + 0);
      const dot = p[0] * d[0] + p[1] * d[1] + p[2] * d[2];
      const foot = [0, 1, 2].map((k) => p[k] - dot * d[k]);
      const alongAxis = (x: number[]) => x[0] * d[0] + x[1] * d[1] + x[2] * d[2];
      const ends = [alongAxis(at(uMid, VMin)), alongAxis(at(uMid, VMax))];
      found.push({
        kind,
        radius,
        direction: d as TurnedFace["direction"],
        foot: foot as TurnedFace["foot"],
        convex: radial[0] * n[0] + radial[1] * n[1] + radial[2] * n[2] > 0,
        turn: Math.abs(UMax - UMin),
        span: [Math.min(...ends), Math.max(...ends)],
      });
    } finally {
      adaptor.delete();
      face.delete();
    }
  }
  return found;
}

type AxisLine = { point: number[]; direction: number[]; radius: number };

function cylinderAxis(adaptor: any): AxisLine {
  const surface = adaptor.Cylinder();
  const axis = surface.Axis();
  const loc = axis.Location();
  const dir = axis.Direction();
  const found = { point: [loc.X(), loc.Y(), loc.Z()], direction: [dir.X(), dir.Y(), dir.Z()], radius: surface.Radius() as number };
  for (const o of [loc, dir, axis, surface]) o.delete();
  return found;
}

const cross = (x: number[], y: number[]) => [x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]];
const squared = (x: number[]) => x[0] * x[0] + x[1] * x[1] + x[2] * x[2];

/**
 * A cone's axis from the circle through three of its points at one height. This build binds no
 * gp_Cone for the adaptor to hand back, and a revolved slanted line (a countersink cut by a
 * turned profile) reaches the kernel as a surface of revolution it cannot read at all; but a
 * cone's U goes round its axis, so three values of U at one V lie on a circle about it.
 */
function coneAxis(at: (u: number, v: number) => number[], u0: number, u1: number, v: number): AxisLine | null {
  if (u1 - u0 < 1e-6) return null;
  const [a, b, c] = [u0, (u0 + u1) / 2, u1].map((u) => at(u, v));
  const ab = [0, 1, 2].map((k) => b[k] - a[k]);
  const ac = [0, 1, 2].map((k) => c[k] - a[k]);
  const n = cross(ab, ac);
  const nn = squared(n);
  // A full turn brings c back onto a: take the circle through a, b and a quarter turn instead.
  if (nn < 1e-12 * squared(ab) * squared(ab)) return u1 - u0 > Math.PI ? coneAxis(at, u0, u0 + Math.PI / 2, v) : null;
  // Circumcentre: a + (|ac|² (n x ab) + |ab|² (ac x n)) / 2|n|².
  const t1 = cross(n, ab);
  const t2 = cross(ac, n);
  const point = [0, 1, 2].map((k) => a[k] + (squared(ac) * t1[k] + squared(ab) * t2[k]) / (2 * nn));
  const length = Math.sqrt(nn);
  return { point, direction: n.map((x) => x / length), radius: Math.sqrt(squared([0, 1, 2].map((k) => a[k] - point[k]))) };
}

/** One key per axis line: faces about the same line, to within `snap` mm, get the same key. */
export function axisKey(face: TurnedFace, snap: number): string {
  return [...face.direction.map((v) => Math.round(v * 1e4)), ...face.foot.map((v) => Math.round(v / snap))].join(",");
}
