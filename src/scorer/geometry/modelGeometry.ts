import { measureVolume } from "replicad";
import { meshModel, meshQualityFor, modelBox, partBounds, solidCount, type BuiltModel, type BuiltPart } from "../../kernel";
import { manifoldApi, type Manifold } from "./manifold";
import { concatMeshes, meshBounds, type Box3, type TriMesh } from "./triMesh";
import { meshShape, weldPartMesh } from "./triMesh";
import { SurfaceDistance } from "./surfaceDistance";
import { planarFaces, type PlanarFace } from "./planarFaces";
import { turnedFaces, type TurnedFace } from "./turnedFaces";

/** One returned part, measured once and shared by every dimension. */
export interface PartGeometry {
  name: string;
  part: BuiltPart;
  volume: number;
  bounds: Box3;
  mesh: TriMesh;
  /** Area of each B-rep face's triangles, in the shape's face order. */
  faceAreas: Float64Array;
  /** Null when the tessellated surface is not a closed, oriented 2-manifold. */
  manifold: Manifold | null;
  manifoldError: string | null;
  /**
   * The part's solids (topology and contact both need them), split once, owned here. A part that
   * is one B-rep solid is one piece, however its triangles weld; a compound of several solids is
   * split where its surface falls apart.
   */
  pieces(): Manifold[];
  /** Distance to the part's tessellated surface, its tree built on first use. */
  surface(): SurfaceDistance;
  /** The B-rep's cylindrical and conical faces, read on first use: holes and turned features both need them. */
  turnedFaces(): TurnedFace[];
  /** The B-rep's flat faces square to an axis, read on first use: the sides of a fused part's panels. */
  planarFaces(): PlanarFace[];
}

/** Everything the dimensions measure, built once per score and freed by `dispose`. */
export interface ModelGeometry {
  parts: PartGeometry[];
  volume: number;
  bounds: Box3;
  size: [number, number, number];
  diagonal: number;
  /** Chord tolerance of the tessellation, in mm. */
  meshTolerance: number;
  /** Distance under which two surfaces count as touching, in mm. */
  contactTolerance: number;
  mesh: TriMesh;
  /** The union of the closed parts, computed once and owned here; null when no part is closed. */
  union(): Manifold | null;
  /** Distance to the whole model's tessellated surface (`mesh`), its tree built on first use. */
  surface(): SurfaceDistance;
  dispose(): void;
}

export function toManifold(mesh: TriMesh): { manifold: Manifold | null; error: string | null } {
  const api = manifoldApi();
  const m = new api.Mesh({ numProp: 3, vertProperties: Float32Array.from(mesh.positions), triVerts: Uint32Array.from(mesh.indices) });
  m.merge();
  try {
    return { manifold: new api.Manifold(m), error: null };
  } catch (error) {
    return { manifold: null, error: String((error as Error).message ?? error) };
  }
}

/**
 * Fast mode measures the display tessellation the kernel keeps with the model (the worker has
 * already made it for the viewer); full mode tessellates twice as finely, for denser surfaces.
 */
export function measureModel(model: BuiltModel, fine: boolean): ModelGeometry {
  const parts = model.parts;
  const shapeBounds = parts.map((p) => {
    const [[x0, y0, z0], [x1, y1, z1]] = partBounds(p);
    return { min: [x0, y0, z0], max: [x1, y1, z1] } as Box3;
  });
  const all: Box3 = modelBox(parts);
  const size = [0, 1, 2].map((k) => all.max[k] - all.min[k]) as [number, number, number];
  const diagonal = Math.hypot(...size);
  const display = fine ? null : meshModel(model);
  const meshTolerance = display ? display.quality.tolerance : meshQualityFor(parts, "fine").tolerance;
  const owned: Manifold[] = [];
  const geometries: PartGeometry[] = parts.map((part, i) => {
    const mesh = display ? weldPartMesh(display.parts[i], meshTolerance) : meshShape(part.shape, meshTolerance);
    const { manifold, error } = toManifold(mesh);
    if (manifold) owned.push(manifold);
    let pieces: Manifold[] | null = null;
    let surface: SurfaceDistance | null = null;
    let turned: TurnedFace[] | null = null;
    let planar: PlanarFace[] | null = null;
    return {
      name: part.name,
      part,
      volume: Math.abs(part.measured?.volume ?? measureVolume(part.shape)),
      bounds: shapeBounds[i] ?? meshBounds(mesh),
      mesh: { positions: mesh.positions, indices: mesh.indices },
      faceAreas: mesh.faceAreas,
      manifold,
      manifoldError: error,
      pieces() {
        if (!pieces) {
          // One connected surface, or one B-rep solid, is one piece: no need for manifold-3d to copy it apart.
          if (!manifold) pieces = [];
          else if (isConnected(mesh) || solidCount(part.shape) <= 1) pieces = [manifold];
          else pieces = solidsOf(manifold, owned);
        }
        return pieces;
      },
      surface() {
        return (surface ??= new SurfaceDistance(mesh));
      },
      turnedFaces() {
        return (turned ??= turnedFaces(part.shape));
      },
      planarFaces() {
        return (planar ??= planarFaces(part.shape));
      },
    };
  });
  let union: Manifold | null | undefined;
  let surface: SurfaceDistance | null = null;
  const mesh = geometries.length === 1 ? geometries[0].mesh : concatMeshes(geometries.map((g) => g.mesh));
  return {
    parts: geometries,
    volume: geometries.reduce((s, g) => s + g.volume, 0),
    bounds: all,
    size,
    diagonal,
    meshTolerance,
    contactTolerance: Math.max(0.05, 3 * meshTolerance + diagonal * 1e-3),
    mesh,
    surface() {
      // One part: its surface is the model's, the same triangles in the same order.
      return (surface ??= geometries.length === 1 ? geometries[0].surface() : new SurfaceDistance(mesh));
    },
    union() {
      if (union === undefined) {
        union = unionOf(geometries);
        if (union) owned.push(union);
      }
      return union;
    },
    dispose() {
      for (const m of owned) m.delete();
      owned.length = 0;
    },
  };
}

/** The union of the closed parts among `parts`, owned by the caller; null when none is closed. */
function unionOf(parts: PartGeometry[]): Manifold | null {
  const closed = parts.map((p) => p.manifold).filter((m): m is Manifold => m !== null);
  if (closed.length === 0) return null;
  return manifoldApi().Manifold.union(closed);
}

/**
 * The separate solids of a part whose surface falls apart. A closed cavity comes out of
 * `decompose` as a shell of its own, inside out (negative volume): it is no solid, so it goes
 * back into the smallest solid whose box holds it. New manifolds are added to `owned`.
 */
function solidsOf(manifold: Manifold, owned: Manifold[]): Manifold[] {
  const shells = manifold.decompose();
  owned.push(...shells);
  const volumes = shells.map((s) => s.volume());
  const solids = shells.filter((_, i) => volumes[i] > 0);
  if (solids.length === shells.length) return shells;
  if (solids.length === 1) return [manifold];
  const boxes = new Map(shells.map((s) => [s, s.boundingBox()]));
  const holds = (outer: Manifold, inner: Manifold) => [0, 1, 2].every((k) => boxes.get(outer)!.min[k] <= boxes.get(inner)!.min[k] && boxes.get(inner)!.max[k] <= boxes.get(outer)!.max[k]);
  const cavities = new Map<Manifold, Manifold[]>(solids.map((s) => [s, []]));
  shells.forEach((shell, i) => {
    if (volumes[i] > 0) return;
    const around = solids.filter((s) => holds(s, shell)).sort((a, b) => a.volume() - b.volume())[0];
    if (around) cavities.get(around)!.push(shell);
  });
  return solids.map((solid) => {
    const inside = cavities.get(solid)!;
    if (inside.length === 0) return solid;
    const whole = manifoldApi().Manifold.compose([solid, ...inside]);
    owned.push(whole);
    return whole;
  });
}

/**
 * Whether the welded triangles form one connected surface. manifold-3d joins at least the
 * vertices the weld joined, so a connected mesh is one solid to it as well.
 */
function isConnected(mesh: TriMesh): boolean {
  const parent = new Int32Array(mesh.positions.length / 3).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  let groups = parent.length;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    for (const k of [1, 2]) {
      const a = find(mesh.indices[t]), b = find(mesh.indices[t + k]);
      if (a !== b) {
        parent[a] = b;
        groups--;
      }
    }
  }
  return groups === 1;
}
