import type { AnyShape, Drawing, Edge, Face, Shape3D, Wire } from "replicad";
import type * as replicad from "replicad";
import type { BridgeReplicad, WithPlane } from "./cadqueryBridge";
import { withTemporaries } from "./kernelTemporaries";
import { nestedSolid, nestingLevels } from "./nestedOutlines";

type FlatPlane = ArrayLike<number>;
type Triple = [number, number, number];
/** A raw OpenCascade object: ours to delete, since the build's scope records only replicad's wrappers. */
type Raw = { delete(): void };

/**
 * Lofts, sweeps, shells, placed primitives (CadQuery's `Solid.make*`, with its point and
 * direction, not centred) and moves by a Location's matrix. replicad has no call for several of
 * these (a wedge, a cone, a thick solid with intersection joins, a pipe through sections), so they
 * drive OpenCascade's builders directly: every raw object is deleted here, every shape that comes
 * out is cast to a replicad wrapper, which the build's scope frees.
 */
export function makeSolidsBridge(r: BridgeReplicad, withPlane: WithPlane) {
  // OpenCascade's builders are used untyped, as the kernel's own raw calls are.
  const oc = () => r.getOC() as any;
  /** The x direction OpenCascade gives an axis system made from a point and a direction alone, as CadQuery's primitives use. */
  const frameOf = (point: Triple, dir: Triple): { x: Triple; y: Triple; z: Triple } =>
    withTemporaries(r, (own) => {
      const ax = own(r.makeAx2(point, dir) as unknown as Raw & { XDirection(): Raw & XYZ; YDirection(): Raw & XYZ; Direction(): Raw & XYZ });
      const [x, y, z] = [own(ax.XDirection()), own(ax.YDirection()), own(ax.Direction())].map((d) => [d.X(), d.Y(), d.Z()] as Triple);
      return { x, y, z };
    });
  const inFrame = (point: Triple, f: { x: Triple; y: Triple; z: Triple }, a: number, b: number, c: number): Triple =>
    [0, 1, 2].map((k) => point[k] + a * f.x[k] + b * f.y[k] + c * f.z[k]) as Triple;
  const asWire = (path: Wire | Edge): Wire => (path instanceof r.Edge ? r.assembleWire([path]) : (path as Wire));
  const solidOf = (shape: AnyShape, what: string): Shape3D => {
    if (!r.isShape3D(shape)) throw new Error(`${what} did not make a solid`);
    return shape;
  };
  /** One pipe along `spine` through `sections`: CadQuery's sweep of one wire, or of several (multisection). */
  const pipe = (sections: Wire[], spine: Wire, o: SweepOptions): AnyShape =>
    withTemporaries(r, (own) => {
      const builder = own(new (oc().BRepOffsetAPI_MakePipeShell)(spine.wrapped));
      let rotate = false;
      if (o.normal) {
        // A fixed binormal: the profile keeps its angle to this direction, turned to follow the path.
        const ax = own(r.makeAx2(spine.startPoint.toTuple() as Triple, o.normal) as unknown as Raw);
        builder.SetMode(ax);
        rotate = true;
      } else if (o.auxSpine) builder.SetMode(asWire(o.auxSpine).wrapped, true);
      else builder.SetMode(o.frenet);
      const modes = oc().BRepBuilderAPI_TransitionMode;
      builder.SetTransitionMode({ right: modes.BRepBuilderAPI_RightCorner, round: modes.BRepBuilderAPI_RoundCorner, transformed: modes.BRepBuilderAPI_Transformed }[o.transition]);
      for (const section of sections) builder.Add(section.wrapped, false, rotate);
      builder.Build(own(new (oc().Message_ProgressRange)()));
      if (!builder.IsDone()) throw new Error("sweep failed: the profile cannot follow this path");
      if (o.makeSolid) builder.MakeSolid();
      return r.cast(builder.Shape());
    });
  /** The shape moved by a Location's 3 x 4 matrix (rows of rotation and translation), its geometry copied. */
  const transformed = (s: AnyShape, m: ArrayLike<number>): AnyShape =>
    withTemporaries(r, (own) => {
      const trsf = own(new (oc().gp_Trsf)());
      trsf.SetValues(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
      const maker = own(new (oc().BRepBuilderAPI_Transform)(s.wrapped, trsf, true));
      return r.cast(maker.Shape());
    });
  /** A solid of revolution of the polygon (radius, height) pairs about the axis `dir` through `point`, `angle` degrees. */
  const revolvedProfile = (point: Triple, dir: Triple, profile: [number, number][], angle: number): Shape3D => {
    const f = frameOf(point, dir);
    const corners = profile.map(([rad, h]) => inFrame(point, f, rad, 0, h));
    return solidOf(r.revolution(r.makePolygon(distinctCorners(corners)), point, dir, angle), "the revolution");
  };

  /** One of OpenCascade's primitive makers, given the axis system at `point` along `dir`. */
  const primitive = (what: string, point: Triple, dir: Triple, make: (ax: Raw) => Raw & { Shape(): unknown }): Shape3D =>
    withTemporaries(r, (own) => solidOf(r.cast(own(make(own(r.makeAx2(point, dir) as unknown as Raw))).Shape() as never), what));
  /** CadQuery's `clean`: faces and edges of one surface or curve merged, as after its booleans. */
  const cleaned = (s: AnyShape, clean: boolean): AnyShape => (clean ? s.simplify() : s);
  const firstShell = (s: AnyShape): Raw =>
    withTemporaries(r, (own) => {
      const explorer = own(new (oc().TopExp_Explorer)(s.wrapped, oc().TopAbs_ShapeEnum.TopAbs_SHELL, oc().TopAbs_ShapeEnum.TopAbs_SHAPE));
      if (!explorer.More()) throw new Error("shell: the shape has no shell to offset");
      return r.downcast(own(explorer.Current())) as unknown as Raw;
    });
  /**
   * A pending outline as a wire in its plane, each curve one edge: replicad draws a circle as two
   * arcs, where CadQuery's circle is one edge, and a loft or a sweep makes one face per edge.
   */
  const placed = (flat: FlatPlane, drawing: Drawing): Wire =>
    withPlane(flat, (plane) => r.makeFace((drawing.sketchOnPlane(plane) as replicad.Sketch).wire).simplify().outerWire());
  const sectionsOf = (planes: ArrayLike<number>, drawings: Drawing[], faces: Face[]): Wire[] =>
    // replicad's outerWire deletes the face it reads; the program's faces stay usable.
    drawings.length > 0 ? [...drawings].map((d, i) => placed(Array.from({ length: 9 }, (_, k) => planes[9 * i + k]), d)) : [...faces].map((f) => f.clone().outerWire());

  return {
    /**
     * A loft through sections: the pending outlines (each in its plane, nine numbers a plane) or else
     * the outer wires of faces, from an optional point before them to an optional point after.
     */
    loft: (planes: ArrayLike<number>, drawings: Drawing[], faces: Face[], ruled: boolean, clean: boolean, start?: Triple, end?: Triple): AnyShape =>
      cleaned(r.loft(sectionsOf(planes, drawings, faces), { ruled, startPoint: start ? [start[0], start[1], start[2]] : undefined, endPoint: end ? [end[0], end[1], end[2]] : undefined }), clean),
    /** Each pending outline swept along the spine, holes cut from what holds them, as an extrusion nests them. */
    sweep: (flat: FlatPlane, drawings: Drawing[], path: Wire | Edge, clean: boolean, ...options: SweepArguments): AnyShape => {
      const spine = asWire(path);
      const o = sweepOptions(options);
      const swept = nestingLevels([...drawings]).map(({ drawing, depth }) => ({ depth, solid: pipe([placed(flat, drawing)], spine, o) }));
      if (swept.length === 1) return cleaned(swept[0].solid, clean);
      // Holes are cut from what holds them, islands in holes added again: solids only (makeSolid).
      return cleaned(nestedSolid(swept.map(({ depth, solid }) => ({ depth, solid: solidOf(solid, "the sweep") }))), clean);
    },
    sweepSections: (planes: ArrayLike<number>, drawings: Drawing[], faces: Face[], path: Wire | Edge, clean: boolean, ...options: SweepArguments): AnyShape =>
      cleaned(pipe(sectionsOf(planes, drawings, faces), asWire(path), sweepOptions(options)), clean),
    /**
     * CadQuery's `shell`: the faces removed and a wall of `thickness` kept (negative inwards). With no
     * face removed, the solid between the shape and its offset: the hollow, closed box CadQuery makes.
     */
    shell: (solid: Shape3D, faces: Face[], thickness: number, intersection: boolean): Shape3D => {
      const thick = withTemporaries(r, (own) => {
        const removed = own(new (oc().NCollection_List_TopoDS_Shape)());
        for (const face of faces) removed.Append(face.wrapped);
        const builder = own(new (oc().BRepOffsetAPI_MakeThickSolid)());
        const join = intersection ? oc().GeomAbs_JoinType.GeomAbs_Intersection : oc().GeomAbs_JoinType.GeomAbs_Arc;
        builder.MakeThickSolidByJoin(solid.wrapped, removed, thickness, 1e-4, oc().BRepOffset_Mode.BRepOffset_Skin, true, false, join, false, own(new (oc().Message_ProgressRange)()));
        if (!builder.IsDone() || own(builder.Shape()).IsNull()) throw new Error(`shell(${thickness}) failed: the wall cannot be offset that far`);
        return solidOf(r.cast(builder.Shape()), "shell");
      });
      if (faces.length > 0) return thick;
      // The offset's shell and the solid's own bound the wall: the outer one first, orientations fixed after.
      return withTemporaries(r, (own) => {
        const [offset, own_] = [thick, solid].map((s) => own(firstShell(s)));
        const [outer, inner] = thickness > 0 ? [offset, own_] : [own_, offset];
        const made = own(new (oc().BRepBuilderAPI_MakeSolid)(outer, inner));
        if (!made.IsDone() || own(made.Shape()).IsNull()) throw new Error(`shell(${thickness}) failed: the wall cannot be offset that far`);
        const fix = own(new (oc().ShapeFix_Solid)(own(made.Solid())));
        fix.Perform(own(new (oc().Message_ProgressRange)()));
        return solidOf(r.cast(fix.Solid()), "shell");
      });
    },
    makeBox: (l: number, w: number, h: number, point: Triple, dir: Triple): Shape3D =>
      primitive("makeBox", point, dir, (ax) => new (oc().BRepPrimAPI_MakeBox)(ax, l, w, h)),
    makeCone: (r1: number, r2: number, h: number, point: Triple, dir: Triple, angle: number): Shape3D =>
      revolvedProfile(point, dir, [[0, 0], [r1, 0], [r2, h], [0, h]], angle),
    makeSphere: (radius: number, point: Triple, dir: Triple, a1: number, a2: number, a3: number): Shape3D =>
      primitive("makeSphere", point, dir, (ax) => new (oc().BRepPrimAPI_MakeSphere)(ax, radius, radians(a1), radians(a2), radians(a3))),
    makeTorus: (r1: number, r2: number, point: Triple, dir: Triple, a1: number, a2: number): Shape3D =>
      primitive("makeTorus", point, dir, (ax) => new (oc().BRepPrimAPI_MakeTorus)(ax, r1, r2, radians(a1), radians(a2))),
    /**
     * OpenCascade's wedge: the box [0, dx] x [0, dy] x [0, dz] of the frame whose face at y = dy
     * shrinks to [xmin, xmax] x [zmin, zmax] (to a line or a point when those meet). Built from its
     * faces, since this kernel build lacks the wedge maker; a face that collapses is left out.
     */
    makeWedge: (dx: number, dy: number, dz: number, xmin: number, zmin: number, xmax: number, zmax: number, point: Triple, dir: Triple): Shape3D => {
      const f = frameOf(point, dir);
      const at = (a: number, b: number, c: number) => inFrame(point, f, a, b, c);
      const base = [at(0, 0, 0), at(dx, 0, 0), at(dx, 0, dz), at(0, 0, dz)];
      const top = [at(xmin, dy, zmin), at(xmax, dy, zmin), at(xmax, dy, zmax), at(xmin, dy, zmax)];
      const quads = [base, top, ...[0, 1, 2, 3].map((i) => [base[i], base[(i + 1) % 4], top[(i + 1) % 4], top[i]])];
      const faces = quads.map(distinctCorners).filter((q) => q.length >= 3).map((q) => r.makePolygon(q));
      return solidOf(r.makeSolid(faces), "makeWedge");
    },
    transformed,
    copy: (s: AnyShape): AnyShape => s.clone(),
    line: (a: Triple, b: Triple): Edge => r.makeLine(a, b),
    circleEdge: (radius: number, center: Triple, normal: Triple): Edge => r.makeCircle(radius, center, normal),
    helix: (pitch: number, height: number, radius: number, center: Triple, dir: Triple, lefthand: boolean): Wire => r.makeHelix(pitch, height, radius, center, dir, lefthand),
    wire: (edges: (Edge | Wire)[]): Wire => r.assembleWire([...edges]),
    /** A path drawn on a workplane (lines, arcs, splines: `outline`'s drawing) as the wire a sweep follows. */
    drawnPath: (flat: FlatPlane, drawing: Drawing): Wire => withPlane(flat, (plane) => (drawing.sketchOnPlane(plane) as replicad.Sketch).wire),
    /** An open or closed polyline through the 3D points (flat x, y, z triples): a path to sweep along. */
    polylineWire: (flat: ArrayLike<number>, close: boolean): Wire => {
      const points: Triple[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) {
        const p: Triple = [flat[i], flat[i + 1], flat[i + 2]];
        // A repeated point would make an edge of no length, which the kernel refuses.
        if (points.length === 0 || !samePoint(points[points.length - 1], p)) points.push(p);
      }
      if (close && !samePoint(points[0], points[points.length - 1])) points.push(points[0]);
      return r.assembleWire(points.slice(1).map((p, i) => r.makeLine(points[i], p)));
    },
    /** The half of space on the side of the plane its normal points to (`upper`) or the other, as a box around `reach`. */
    halfSpace: (flat: FlatPlane, reach: number, upper: boolean): Shape3D =>
      withPlane(flat, (plane) => (r.drawRectangle(4 * reach, 4 * reach).sketchOnPlane(plane) as replicad.Sketch).extrude(upper ? 2 * reach : -2 * reach) as Shape3D),
  };
}

interface XYZ {
  X(): number;
  Y(): number;
  Z(): number;
}

/** CadQuery's sweep keywords as the Python side sends them, in this order. */
type SweepArguments = [makeSolid: boolean, frenet: boolean, transition: SweepOptions["transition"], normal: Triple | undefined, auxSpine: Wire | Edge | undefined];

function sweepOptions([makeSolid, frenet, transition, normal, auxSpine]: SweepArguments): SweepOptions {
  return { makeSolid, frenet, transition, normal: normal ? [normal[0], normal[1], normal[2]] : null, auxSpine: auxSpine ?? null };
}

interface SweepOptions {
  makeSolid: boolean;
  frenet: boolean;
  transition: "right" | "round" | "transformed";
  normal: Triple | null;
  auxSpine: Wire | Edge | null;
}

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

function samePoint(a: readonly number[], b: readonly number[]): boolean {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 1e-9;
}

function distinctCorners(q: Triple[]): Triple[] {
  return q.filter((c, i) => q.findIndex((d) => samePoint(c, d)) === i);
}
