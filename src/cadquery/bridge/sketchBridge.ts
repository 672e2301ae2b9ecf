import { Blueprints, CompoundBlueprint, Drawing, Wire } from "replicad";
import type { AnyShape, DrawingPen, Face } from "replicad";
import type { BridgeReplicad } from "./cadqueryBridge";

type Point2 = [number, number];

/** How `sketchLoops` reads one edge of a loop: a line, a three-point arc, or a whole circle. */
const LINE = 0;
const ARC = 1;
const CIRCLE = 2;

/**
 * The outlines of CadQuery's `Sketch`, as replicad Drawings in the sketch's own XY plane. A
 * Drawing keeps 2D booleans (modes "a", "s", "i"), corner fillets and chamfers exact and cheap;
 * the Workplane extrudes it on its plane at each of the sketch's locations like any outline.
 */
export function sketchMaking(r: BridgeReplicad) {
  return {
    sketchRect: (w: number, h: number) => r.drawRectangle(w, h),
    sketchCircle: (radius: number) => r.drawCircle(radius),
    /** `a1` along x and `a2` along y; replicad's ellipse wants its major radius first. */
    sketchEllipse: (a1: number, a2: number) => (a1 >= a2 ? r.drawEllipse(a1, a2) : r.drawEllipse(a2, a1).rotate(90)),
    sketchPolygon: (flat: ArrayLike<number>) => {
      const pen = r.draw([flat[0], flat[1]]);
      for (let i = 2; i < flat.length; i += 2) pen.lineTo([flat[i], flat[i + 1]]);
      return pen.close();
    },
    /** A slot `w` between its arcs' centres and `h` across, centred on the origin. */
    sketchSlot: (w: number, h: number) =>
      r
        .draw([-w / 2, h / 2])
        .lineTo([w / 2, h / 2])
        .threePointsArcTo([w / 2, -h / 2], [w / 2 + h / 2, 0])
        .lineTo([-w / 2, -h / 2])
        .threePointsArcTo([-w / 2, h / 2], [-w / 2 - h / 2, 0])
        .close(),
    /**
     * The region inside one closed loop of edges, each [kind, ...numbers]: a line [0, x0, y0, x1, y1],
     * an arc [1, x0, y0, xm, ym, x1, y1] or a whole circle [2, cx, cy, radius].
     */
    sketchLoop: (edges: ArrayLike<ArrayLike<number>>) => loopDrawing(r, Array.from(edges)),
    /** A copy turned `angle` degrees about the sketch's origin, then moved by (x, y). */
    sketchPlaced: (d: Drawing, x: number, y: number, angle: number) => d.rotate(angle, [0, 0]).translate(x, y),
    sketchFuse: (a: Drawing, b: Drawing) => drawingOf(fused(a, b)),
    /** null when nothing is left. */
    sketchCut: (a: Drawing, b: Drawing) =>
      drawingOf(regionsOf(b).reduce((pieces, tool) => pieces.flatMap((p) => (overlap(p, tool) ? regionCut(r, p, tool) : [p])), regionsOf(a))),
    sketchIntersect: (a: Drawing, b: Drawing) =>
      drawingOf(regionsOf(a).flatMap((p) => regionsOf(b).flatMap((q) => (overlap(p, q) ? regionsOf(p.intersect(q)) : [])))),
    /** Rounds the corners that sit at `flat`'s points (x, y pairs). */
    sketchFillet: (d: Drawing, radius: number, flat: ArrayLike<number>) => d.fillet(radius, (c) => c.inList(pairs(flat))),
    sketchChamfer: (d: Drawing, distance: number, flat: ArrayLike<number>) => d.chamfer(distance, (c) => c.inList(pairs(flat))),
    /** The outline of a face, or of the face a closed wire bounds, lying in the XY plane (a face's holes are not kept: replicad reads its outer wire). */
    sketchOfFace: (shape: Face | Wire) => r.drawFaceOutline(shape instanceof Wire ? r.makeFace(shape) : shape),
  };
}

/** What measures a sketch: its faces in its XY plane, one compound, for areas and selection. */
export function sketchMeasuring(r: BridgeReplicad) {
  return {
    sketchFaces: (d: Drawing): AnyShape => {
      const onPlane = d.sketchOnPlane("XY") as { face?: () => Face; faces?: () => AnyShape };
      return typeof onPlane.face === "function" ? r.makeCompound([onPlane.face()]) : (onPlane.faces as () => AnyShape)();
    },
    /** Every face's outer wire, then its inner ones (replicad's wire getters consume the face they read). */
    sketchWires: (shape: AnyShape) => shape.faces.flatMap((f: Face) => [f.clone().outerWire(), ...f.clone().innerWires()]),
  };
}

function loopDrawing(r: BridgeReplicad, edges: ArrayLike<number>[]): Drawing {
  const first = edges[0];
  if (first[0] === CIRCLE) {
    if (edges.length > 1) throw new Error("a whole circle closes its own loop and cannot share it with other edges");
    return r.drawCircle(first[3]).translate(first[1], first[2]);
  }
  let pen: DrawingPen = r.draw([first[1], first[2]]);
  for (const e of edges) {
    if (e[0] === LINE) pen = pen.lineTo([e[3], e[4]]);
    else if (e[0] === ARC) pen = pen.threePointsArcTo([e[5], e[6]], [e[3], e[4]]);
    else throw new Error("a whole circle closes its own loop and cannot share it with other edges");
  }
  return pen.close();
}

/*
 * replicad's booleans between drawings of several regions keep some of the regions they cut
 * (a cut of two framed squares by their two holes gave the squares back beside the frames), and
 * a cut by a region that does not touch loses the region cut; so the sketch's booleans work
 * region by region (one outline with its holes at a time), and only on regions whose boxes meet.
 */
function regionsOf(d: Drawing): Drawing[] {
  const inner = (d as unknown as { innerShape?: unknown }).innerShape;
  if (!inner) return [];
  return inner instanceof Blueprints ? inner.blueprints.map((b) => new Drawing(b)) : [d];
}

function drawingOf(regions: Drawing[]): Drawing | null {
  if (regions.length < 2) return regions[0] ?? null;
  return new Drawing(new Blueprints(regions.map((r) => (r as unknown as { innerShape: Blueprints["blueprints"][number] }).innerShape)));
}

/** Each region of `b` merged with the regions of the sum it touches. */
function fused(a: Drawing, b: Drawing): Drawing[] {
  let regions = regionsOf(a);
  for (const added of regionsOf(b)) {
    let merged = added;
    const apart: Drawing[] = [];
    for (const region of regions) {
      if (!overlap(region, merged)) {
        apart.push(region);
        continue;
      }
      const union = regionsOf(region.fuse(merged));
      if (union.length === 1) merged = union[0];
      else apart.push(region);
    }
    regions = [...apart, merged];
  }
  return regions;
}

/**
 * `region` less `tool`. replicad's 2D cut fails where the two outlines touch at a point on a curve
 * (it cannot split the curve there), which quantised programs such as CAD-Recode's often draw; then
 * the cut is OCCT's, on the two as faces of the XY plane, and each face it leaves is read back as
 * its outline and holes.
 */
function regionCut(r: BridgeReplicad, region: Drawing, tool: Drawing): Drawing[] {
  try {
    return regionsOf(region.cut(tool));
  } catch {
    const oc = r.getOC();
    const builder = new oc.BRepAlgoAPI_Cut(faceOf(region).wrapped, faceOf(tool).wrapped);
    try {
      builder.Build();
      if (!builder.IsDone()) throw new Error("the sketch's subtraction failed where its outlines touch");
      builder.SimplifyResult(true, true, 1e-3);
      return r.cast(builder.Shape()).faces.map((face: Face) => faceDrawing(r, face));
    } finally {
      builder.delete();
    }
  }
}

function faceOf(region: Drawing): Face {
  return (region.sketchOnPlane("XY") as { face(): Face }).face();
}

/** A face of the XY plane as a drawing: its outer wire the outline, its inner wires holes. */
function faceDrawing(r: BridgeReplicad, face: Face): Drawing {
  const outline = r.drawFaceOutline(face.clone()).blueprint;
  const holes = face.clone().innerWires().map((w) => r.drawFaceOutline(r.makeFace(w)).blueprint);
  return new Drawing(holes.length === 0 ? outline : new CompoundBlueprint([outline, ...holes]));
}

function overlap(a: Drawing, b: Drawing): boolean {
  const [[ax0, ay0], [ax1, ay1]] = a.boundingBox.bounds;
  const [[bx0, by0], [bx1, by1]] = b.boundingBox.bounds;
  const tol = 1e-9;
  return ax0 <= bx1 + tol && bx0 <= ax1 + tol && ay0 <= by1 + tol && by0 <= ay1 + tol;
}

function pairs(flat: ArrayLike<number>): Point2[] {
  const out: Point2[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}
