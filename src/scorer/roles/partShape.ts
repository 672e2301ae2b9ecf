import type { Axis, PartShape } from "../../tasks/checklist";
import type { Box3, TriMesh } from "../geometry/triMesh";
import { axisKey, type TurnedFace } from "../geometry/turnedFaces";
import { coreWidth } from "./coreWidth";
import { principalAxes } from "./principalAxes";

export const AXES: Axis[] = ["x", "y", "z"];

/** What a solid looks like, read from its box and its surface: the measures a role's `shape` tests. */
export interface ShapeMeasures {
  /** Extents along x, y, z in mm. */
  size: [number, number, number];
  volume: number;
  /** Per axis: how far the surface reaches from the centre line, over half the mean extent across (1 for a circle, 1.41 for a square). */
  reach: [number, number, number];
  /** Per axis: the extents across it, smaller over larger (1 when they are equal). */
  evenness: [number, number, number];
  /** Per axis: whether the centre line along it runs clear of the surface (a bore, a ring's opening). */
  clearCentre: [boolean, boolean, boolean];
  /** The solid's own axes, longest extent first, and its extents along them. */
  principal: { directions: number[][]; extents: number[] };
  /** How wide it is over the middle of its length along its longest own axis (a bolt's shank, not its head): see `coreWidth`. */
  coreWidth: number;
  /** Per axis: whether the solid is mostly a barrel about a line along it, whatever is fused to its side (see `barrelAxes`). */
  barrel: [boolean, boolean, boolean];
}

/** `faces`: the turned faces of the solid's B-rep when it is a whole part, read for its cylinders; a region cut from a part has none. */
export function measureShape(mesh: TriMesh, bounds: Box3, volume: number, faces: TurnedFace[] | null): ShapeMeasures {
  const size = [0, 1, 2].map((k) => bounds.max[k] - bounds.min[k]) as [number, number, number];
  const centre = [0, 1, 2].map((k) => (bounds.min[k] + bounds.max[k]) / 2);
  const p = mesh.positions;
  const reach = [0, 1, 2].map((k) => {
    const u = (k + 1) % 3, v = (k + 2) % 3;
    const half = (size[u] + size[v]) / 4;
    let far = 0;
    for (let i = 0; i < p.length; i += 3) far = Math.max(far, Math.hypot(p[i + u] - centre[u], p[i + v] - centre[v]));
    return half > 0 ? far / half : Infinity;
  }) as [number, number, number];
  const evenness = [0, 1, 2].map((k) => {
    const a = size[(k + 1) % 3], b = size[(k + 2) % 3];
    return Math.max(a, b) > 0 ? Math.min(a, b) / Math.max(a, b) : 0;
  }) as [number, number, number];
  const clearCentre = [0, 1, 2].map((k) => !lineCrossesSurface(mesh, k, centre)) as [boolean, boolean, boolean];
  const barrel = faces ? barrelAxes(faces.filter((f) => f.kind === "cylinder"), size) : ([false, false, false] as ShapeMeasures["barrel"]);
  const principal = principalAxes(mesh.positions);
  const [long, middle, thin] = principal.directions;
  return { size, volume, reach, evenness, clearCentre, principal, coreWidth: coreWidth(mesh, long, [middle, thin], principal.extents[1]), barrel };
}

/**
 * Per axis: whether the solid's outside is mostly one cylinder about a line along that axis: a
 * hinge barrel with its leaf fused on, an axle with a flange. Its convex cylindrical faces about
 * that line cover at least 60 % of a full turn over the length they span, that length is at
 * least half the solid's extent along the axis, and the cylinder is at least 40 % as wide as the
 * solid across it. A box's rounded edges (a quarter turn each, about four lines) are no barrel.
 */
export function barrelAxes(faces: TurnedFace[], size: [number, number, number]): ShapeMeasures["barrel"] {
  const snap = 1e-4 * Math.hypot(...size);
  return [0, 1, 2].map((k) => {
    const lines = new Map<string, TurnedFace[]>();
    for (const f of faces) {
      if (!f.convex || Math.abs(f.direction[k]) < 0.999) continue;
      const key = axisKey(f, snap);
      lines.set(key, [...(lines.get(key) ?? []), f]);
    }
    const across = Math.max(size[(k + 1) % 3], size[(k + 2) % 3]);
    return [...lines.values()].some((line) => {
      const from = Math.min(...line.map((f) => f.span[0]));
      const to = Math.max(...line.map((f) => f.span[1]));
      const covered = line.reduce((s, f) => s + f.turn * (f.span[1] - f.span[0]), 0) / (2 * Math.PI * Math.max(to - from, 1e-9));
      const wide = 2 * Math.max(...line.map((f) => f.radius));
      return covered >= 0.6 && to - from >= 0.5 * size[k] && wide >= 0.4 * across;
    });
  }) as ShapeMeasures["barrel"];
}

/** Whether the line along axis k through `point` crosses a triangle of the mesh. */
function lineCrossesSurface(mesh: TriMesh, k: number, point: number[]): boolean {
  const u = (k + 1) % 3, v = (k + 2) % 3;
  const p = mesh.positions, idx = mesh.indices;
  for (let t = 0; t < idx.length; t += 3) {
    const a = 3 * idx[t], b = 3 * idx[t + 1], c = 3 * idx[t + 2];
    const au = p[a + u] - point[u], av = p[a + v] - point[v];
    const bu = p[b + u] - point[u], bv = p[b + v] - point[v];
    const cu = p[c + u] - point[u], cv = p[c + v] - point[v];
    const wa = bu * cv - bv * cu, wb = cu * av - cv * au, wc = au * bv - av * bu;
    if ((wa >= 0 && wb >= 0 && wc >= 0) || (wa <= 0 && wb <= 0 && wc <= 0)) {
      if (wa !== 0 || wb !== 0 || wc !== 0) return true;
    }
  }
  return false;
}

/** Round about axis k: even across it, and no surface point out past the circle its extents span. */
function roundAbout(m: ShapeMeasures, k: number): boolean {
  return m.evenness[k] >= 0.9 && m.reach[k] <= 1.08;
}

/** A solid's own axis within this angle of a task axis counts as along it: a splayed leg, a sloping deck. */
const ALONG = Math.cos((35 * Math.PI) / 180);

/**
 * The axes along which the solid has the shape; empty when it has it along none. Plates and bars
 * are measured on the solid's own (principal) axes, so a tilted leg or a sloping deck is judged
 * as itself, not as the air of its box. A plate's thickness is its volume over its face: a plate
 * with a rib standing on it is still a plate. A bar is longer than it is wide both ways, its
 * width read over the middle of its length: a bolt with its head, a leg with its foot. Round and
 * ring roles take a barrel with what is fused to its side (a split clamp's boss with its ears).
 */
export function shapeAxes(shape: PartShape, m: ShapeMeasures): Axis[] {
  if (shape.kind === "open") return m.volume <= (shape.max_fill ?? 0.5) * m.size[0] * m.size[1] * m.size[2] ? AXES : [];
  const allowed = shape.axes ?? AXES;
  const [long, middle, thin] = m.principal.extents;
  const near = (direction: number[], axis: Axis) => Math.abs(direction[AXES.indexOf(axis)]) >= ALONG;
  return allowed.filter((axis) => {
    const k = AXES.indexOf(axis);
    switch (shape.kind) {
      case "plate": {
        const thickness = long * middle > 0 ? m.volume / (long * middle) : Infinity;
        return near(m.principal.directions[2], axis) && thin <= middle && thickness <= (shape.max_ratio ?? 0.3) * middle;
      }
      case "bar":
        return near(m.principal.directions[0], axis) && long >= (shape.min_ratio ?? 2.5) * Math.min(middle, m.coreWidth);
      case "round":
        return roundAbout(m, k) || m.barrel[k];
      case "ring":
        return (roundAbout(m, k) || m.barrel[k]) && m.clearCentre[k];
    }
  });
}

export function describeShape(shape: PartShape): string {
  if (shape.kind === "open") return "open (bent, framed or arched): it fills its own box like a block";
  const along = shape.axes ? ` along ${shape.axes.map((a) => a.toUpperCase()).join(" or ")}` : "";
  switch (shape.kind) {
    case "plate":
      return `a thin plate${shape.axes ? ` (thin along ${shape.axes.map((a) => a.toUpperCase()).join(" or ")})` : ""}`;
    case "bar":
      return `a long bar${along}`;
    case "round":
      return `round about an axis${along}`;
    case "ring":
      return `round and open through its centre${along}`;
  }
}
