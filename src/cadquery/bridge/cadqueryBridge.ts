import * as replicad from "replicad";
import type { AnyShape, Drawing, Edge, Face, Shape3D } from "replicad";
import { makeCurvesBridge } from "./curvesBridge";
import { makeSolidsBridge } from "./solidsBridge";
import { sketchMaking, sketchMeasuring } from "./sketchBridge";
import { nestedSolid, nestingLevels } from "./nestedOutlines";

/** replicad as user code sees it (instrumented: each call counted, metered, its kernel errors named). */
export type BridgeReplicad = typeof replicad;

/** A plane as the Python side sends it: origin, x direction and normal, nine numbers. */
type FlatPlane = ArrayLike<number>;
/** Runs `fn` with the replicad Plane of a flat plane, deleted after: what the curves and solids bridges borrow from this one. */
export type WithPlane = <T>(flat: FlatPlane, fn: (plane: replicad.Plane) => T) => T;
type Triple = [number, number, number];

/**
 * The geometry the Python `cadquery` module asks for, over the build's replicad. Everything it
 * makes is a replicad object, so the build's WasmScope records it and frees it with the build;
 * the `Plane`s it needs (which replicad does not record) are deleted here before returning.
 * Arguments are numbers, arrays and replicad objects only, so no Python object leaks into JS.
 */
export function makeCadQueryBridge(r: BridgeReplicad, checks: { isValid(shape: AnyShape): boolean }) {
  const withPlane: WithPlane = (flat, fn) => {
    const plane = new r.Plane([flat[0], flat[1], flat[2]], [flat[3], flat[4], flat[5]], [flat[6], flat[7], flat[8]]);
    try {
      return fn(plane);
    } finally {
      plane.delete();
    }
  };
  const normalOf = (flat: FlatPlane): Triple => [flat[6], flat[7], flat[8]];
  const along = (flat: FlatPlane, x: number, y: number, z: number): Triple => {
    const xDir = [flat[3], flat[4], flat[5]];
    const n = normalOf(flat);
    const yDir = [n[1] * xDir[2] - n[2] * xDir[1], n[2] * xDir[0] - n[0] * xDir[2], n[0] * xDir[1] - n[1] * xDir[0]];
    return [0, 1, 2].map((k) => flat[k] + x * xDir[k] + y * yDir[k] + z * n[k]) as Triple;
  };
  /** The plane moved `z` along its normal: where a drawing starts. */
  const shifted = (flat: FlatPlane, z: number): number[] => [...along(flat, 0, 0, z), flat[3], flat[4], flat[5], flat[6], flat[7], flat[8]];

  const extrudeOn = (flat: FlatPlane, drawings: Drawing[], distance: number, both: boolean): Shape3D => {
    const start = both ? -Math.abs(distance) : Math.min(0, distance);
    const length = both ? 2 * Math.abs(distance) : Math.abs(distance);
    if (length === 0) throw new Error("extrude distance is 0");
    const levels = withPlane(shifted(flat, start), (plane) =>
      nestingLevels(drawings).map((d) => ({ ...d, solid: (d.drawing.sketchOnPlane(plane) as replicad.Sketch).extrude(length) as Shape3D })),
    );
    const result = nestedSolid(levels);
    // CadQuery cleans what it extrudes. A lone prism still needs it (replicad draws a circle as two
    // arcs, so its side would be two faces); a boolean has already unified the result (below).
    return levels.length === 1 ? result.simplify() : result;
  };

  /** What makes geometry: each call is one operation of the program, as one replicad call is. */
  const making = {
    /** A rectangle centred on (x, y), turned `angle` degrees about its centre. */
    rect: (w: number, h: number, x: number, y: number, angle: number) => r.drawRectangle(w, h).rotate(angle).translate(x, y),
    circle: (radius: number, x: number, y: number) => r.drawCircle(radius).translate(x, y),
    /** CadQuery's ellipse takes its x and y radii; replicad's, the major radius along x. */
    ellipse: (rx: number, ry: number, x: number, y: number, angle: number) =>
      (rx >= ry ? r.drawEllipse(rx, ry) : r.drawEllipse(ry, rx).rotate(90)).rotate(angle).translate(x, y),
    polyline: (flat: ArrayLike<number>) => {
      const pen = r.draw([flat[0], flat[1]]);
      for (let i = 2; i < flat.length; i += 2) pen.lineTo([flat[i], flat[i + 1]]);
      return pen.close();
    },
    extrude: (flat: FlatPlane, drawings: Drawing[], distance: number, both: boolean) => extrudeOn(flat, drawings, distance, both),
    box: (flat: FlatPlane, x: number, y: number, z: number, l: number, w: number, h: number) =>
      extrudeOn(shifted(flat, z), [r.drawRectangle(l, w).translate(x + l / 2, y + w / 2)], h, false),
    cylinder: (flat: FlatPlane, x: number, y: number, z: number, radius: number, height: number) =>
      extrudeOn(shifted(flat, z), [r.drawCircle(radius).translate(x, y)], height, false),
    sphere: (x: number, y: number, z: number, radius: number) => r.makeSphere(radius).translate([x, y, z]),
    holeTool: (flat: FlatPlane, x: number, y: number, z: number, radius: number, depth: number, kind: number, r2: number, h2: number): Shape3D => {
      const at = along(flat, x, y, z);
      const down = normalOf(flat).map((c) => -c) as Triple;
      const hole = r.makeCylinder(radius, depth, at, down);
      if (kind === 0) return hole;
      if (kind === 1) return hole.fuse(r.makeCylinder(r2, h2, at, down));
      // A countersink: a cone revolved from its half profile, drawn in a plane through the axis.
      const profilePlane = [...at, flat[3], flat[4], flat[5], ...crossOf(normalOf(flat), [flat[3], flat[4], flat[5]])];
      const cone = withPlane(profilePlane, (plane) =>
        (r.draw([0, 0]).lineTo([r2, 0]).lineTo([0, h2]).close().sketchOnPlane(plane) as replicad.Sketch).revolve(normalOf(flat), { origin: at }),
      ) as Shape3D;
      return hole.fuse(cone);
    },
    // replicad's makeCompound deletes the shapes it gathers; CadQuery's stay usable after.
    compound: (shapes: AnyShape[]) => r.makeCompound([...shapes].map((s) => s.clone())),
    // CadQuery's `clean=True` after a boolean is already done: replicad's booleans end with OCCT's
    // SimplifyResult, which is UnifySameDomain on edges and faces without internal edges, what
    // `clean()` does; a second pass found nothing to merge and cost a tenth of a build. replicad
    // offers no boolean without it, so `clean=False` gets the unified result too.
    fuse: (a: Shape3D, b: Shape3D, _clean: boolean) => a.fuse(b),
    cut: (a: Shape3D, b: Shape3D, _clean: boolean) => a.cut(b),
    intersect: (a: Shape3D, b: Shape3D, _clean: boolean) => a.intersect(b),
    clean: (s: Shape3D) => s.simplify(),
    // replicad's moves delete the shape they move; CadQuery's shapes are values a program reuses.
    translate: (s: Shape3D, x: number, y: number, z: number) => s.clone().translate([x, y, z]),
    rotate: (s: Shape3D, angle: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number) =>
      s.clone().rotate(angle, [ox, oy, oz], [dx, dy, dz]),
    mirror: (s: Shape3D, nx: number, ny: number, nz: number, ox: number, oy: number, oz: number) => s.clone().mirror([nx, ny, nz], [ox, oy, oz]),
    fillet: (s: Shape3D, radius: number, edges: Edge[]) => s.fillet((e) => (edges.some((k) => k.isSame(e)) ? radius : null)),
    chamfer: (s: Shape3D, d1: number, d2: number, edges: Edge[]) =>
      s.chamfer((e) => (edges.some((k) => k.isSame(e)) ? (d1 === d2 ? d1 : { distances: [d1, d2], selectedFace: () => null }) : null) as never),
    ...makeCurvesBridge(r, withPlane),
    ...makeSolidsBridge(r, withPlane),
    ...sketchMaking(r),
  };

  /** What measures geometry for selectors and queries: bookkeeping of the API, not the program's operations. */
  const measuring = {
    kindOf: (s: AnyShape) => kindOf(s),
    solids: (s: AnyShape) => (kindOf(s) === "solid" ? [s] : (s as Shape3D).solids ?? []),
    /** Each face with what selectors read: [face, type, centre, normal at the centre]. */
    faces: (s: AnyShape) =>
      s.faces.map((f: Face) => {
        const c = f.center;
        const n = f.normalAt();
        return [f, f.geomType, c.x, c.y, c.z, n.x, n.y, n.z];
      }),
    /**
     * Each edge with what selectors read: [edge, type, centre of mass, direction at its start, start, end].
     * Degenerated edges (a cone's apex, a sphere's poles) are left out, as CadQuery's Edges() leaves them.
     */
    edges: (s: AnyShape) =>
      s.edges.filter((e: Edge) => !(r.getOC() as any).BRep_Tool.Degenerated(e.wrapped)).map((e: Edge) => {
        const c = r.measureShapeLinearProperties(e).centerOfMass;
        const t = e.tangentAt(0);
        const a = e.startPoint;
        const b = e.endPoint;
        return [e, e.geomType, c[0], c[1], c[2], t.x, t.y, t.z, a.x, a.y, a.z, b.x, b.y, b.z];
      }),
    tangentAt: (e: Edge, position: number) => {
      const t = e.tangentAt(position);
      return [t.x, t.y, t.z];
    },
    volume: (s: Shape3D) => r.measureVolume(s),
    area: (s: Face | Shape3D) => r.measureArea(s),
    center: (s: AnyShape) => {
      const kind = kindOf(s);
      if (kind === "face") return r.measureShapeSurfaceProperties(s as Face).centerOfMass;
      if (kind === "edge" || kind === "wire") return r.measureShapeLinearProperties(s).centerOfMass;
      return r.measureShapeVolumeProperties(s as Shape3D).centerOfMass;
    },
    bounds: (s: AnyShape) => (s.boundingBox.bounds as unknown as number[][]).flat(),
    isValid: (s: AnyShape) => checks.isValid(s),
    ...sketchMeasuring(r),
  };

  const operations = { count: 0 };
  const counted = Object.fromEntries(
    Object.entries(making).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        operations.count++;
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as typeof making;
  return { functions: { ...counted, ...measuring }, operations };
}

/**
 * `functions` is the `_cadforge_bridge` module Python imports; `operations` counts the calls that
 * made geometry, which is what a CadQuery build reports as its replicad operations (efficiency
 * compares it with the reference's). The replicad calls inside one of them, and the
 * measurements selectors make, are the API's own way of working, not more operations asked for.
 */
export type CadQueryBridge = ReturnType<typeof makeCadQueryBridge>;

function crossOf(a: readonly number[], b: readonly number[]): Triple {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** The kind a Python `Shape` reports, from replicad's classes (not the instrumented copies). */
function kindOf(s: unknown): string {
  if (s instanceof replicad.Solid) return "solid";
  if (s instanceof replicad.CompSolid) return "compsolid";
  if (s instanceof replicad.Compound) return "compound";
  if (s instanceof replicad.Shell) return "shell";
  if (s instanceof replicad.Face) return "face";
  if (s instanceof replicad.Wire) return "wire";
  if (s instanceof replicad.Edge) return "edge";
  if (s instanceof replicad.Vertex) return "vertex";
  return "shape";
}
