import type { Axis, Region } from "../../tasks/checklist";
import { manifoldApi, type Manifold } from "../geometry/manifold";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import type { Box3, TriMesh } from "../geometry/triMesh";
import { AXIS_INDEX } from "../checks/checkResult";

/** The material of one part inside a region of the model's box: a role played by part of a fused body. */
export interface RegionPiece {
  /** The part it is cut from. */
  name: string;
  host: PartGeometry;
  volume: number;
  bounds: Box3;
  mesh: TriMesh;
  /** The boxes of its separate pieces, when it is several (four motor pads): a feature counts inside one of them. */
  pieces?: Box3[];
}

/**
 * A solid this full of its own box (a block, a cylinder at 0.79) is one plain shape: it holds no
 * separate regions to play several roles. A fused bracket, frame or hook is far emptier.
 */
const MAX_HOST_FILL = 0.6;

/** A closed solid emptier than MAX_HOST_FILL of its own box: a fused body that may hold several roles' regions and features. */
export function isFusedHost(host: PartGeometry): boolean {
  const box = [0, 1, 2].map((k) => host.bounds.max[k] - host.bounds.min[k]);
  return !!host.manifold && host.volume <= MAX_HOST_FILL * box[0] * box[1] * box[2];
}

/**
 * The part's material where the role must be: along each axis of `region`, the range its centre
 * must lie in, widened by half the role's least size there (other axes unbounded). Null when the part is not
 * a closed solid, is one plain shape, or has no material there; with `distinct`, also when the
 * body does not change where the region ends (see `bodyChangesAt`).
 */
export function regionPiece(model: ModelGeometry, host: PartGeometry, region: Region, minSize: Partial<Record<Axis, number>> = {}, distinct = false): RegionPiece | null {
  if (!isFusedHost(host)) return null;
  const lo = [...model.bounds.min].map((v) => v - 1);
  const hi = [...model.bounds.max].map((v) => v + 1);
  for (const [axis, [from, to]] of Object.entries(region) as [Axis, [number, number]][]) {
    // The role's centre lies in the range; its material reaches half its least size beyond.
    const reach = (minSize[axis] ?? 0) / 2;
    const k = AXIS_INDEX[axis];
    lo[k] = model.bounds.min[k] + Math.max(0, from - reach) * model.size[k];
    hi[k] = model.bounds.min[k] + Math.min(1, to + reach) * model.size[k];
  }
  const cutter = boxCutter(lo, hi);
  let piece: RegionPiece | null;
  try {
    piece = pieceInside(model, host, [cutter]);
  } finally {
    cutter.delete();
  }
  if (!piece || !distinct) return piece;
  const axes = Object.keys(region).map((axis) => AXIS_INDEX[axis as Axis]);
  return axes.length === 0 || axes.some((k) => bodyChangesAt(host, piece!, lo, hi, k)) ? piece : null;
}

/** Material per length that differs by more than this factor is another feature, not more of the same. */
const SAME_BODY = 1.25;

/**
 * Whether the host's body changes where the region along axis k ends: beside it, over the same
 * length (or what the host has there), its material per length differs by more than SAME_BODY
 * or is none. A slice of a uniform plate or beam is more of the same, not a leg or a stop cut
 * from it; a root pad, a boss or a foot fused to a thinner arm is a feature. True when the region
 * takes the host's whole length along k: there is nothing beside it to compare.
 */
function bodyChangesAt(host: PartGeometry, piece: RegionPiece, lo: number[], hi: number[], k: number): boolean {
  const from = Math.max(lo[k], host.bounds.min[k]);
  const to = Math.min(hi[k], host.bounds.max[k]);
  const length = to - from;
  if (length <= 0) return true;
  const inside = piece.volume / length;
  let compared = false;
  for (const side of [-1, 1]) {
    const room = side < 0 ? from - host.bounds.min[k] : host.bounds.max[k] - to;
    if (room <= 1e-6 * length) continue;
    const width = Math.min(length, room);
    const min = [...lo], max = [...hi];
    [min[k], max[k]] = side < 0 ? [from - width, from] : [to, to + width];
    const slab = boxCutter(min, max);
    const beside = host.manifold!.intersect(slab);
    const perLength = beside.volume() / width;
    beside.delete();
    slab.delete();
    compared = true;
    if (perLength <= 0 || Math.max(inside, perLength) > SAME_BODY * Math.min(inside, perLength)) return true;
  }
  return !compared;
}

/** A solid box from `min` to `max`, for cutting a region out of a part; the caller frees it. */
export function boxCutter(min: ArrayLike<number>, max: ArrayLike<number>): Manifold {
  const cube = manifoldApi().Manifold.cube([max[0] - min[0], max[1] - min[1], max[2] - min[2]], false);
  try {
    return cube.translate([min[0], min[1], min[2]]);
  } finally {
    cube.delete();
  }
}

/**
 * The host's material inside `cutters` (together), as a piece; null when there is none. `pieces`:
 * the boxes of its separate features, when it is several. The caller frees the cutters.
 */
export function pieceInside(model: ModelGeometry, host: PartGeometry, cutters: Manifold[], pieces?: Box3[]): RegionPiece | null {
  const cutter = cutters.length === 1 ? cutters[0] : manifoldApi().Manifold.union(cutters);
  const inside = host.manifold!.intersect(cutter);
  try {
    const piece = pieceOf(model, host, inside);
    if (piece && pieces) piece.pieces = pieces;
    return piece;
  } finally {
    inside.delete();
    if (cutter !== cutters[0]) cutter.delete();
  }
}

/** The region `inside` (the host's material cut by some shape) as a piece; null when it is empty. The caller frees `inside`. */
function pieceOf(model: ModelGeometry, host: PartGeometry, inside: Manifold): RegionPiece | null {
  const volume = inside.volume();
  if (inside.isEmpty() || volume <= 1e-9 * model.volume) return null;
  const b = inside.boundingBox();
  const mesh = inside.getMesh();
  return {
    name: host.name,
    host,
    volume,
    bounds: { min: [b.min[0], b.min[1], b.min[2]], max: [b.max[0], b.max[1], b.max[2]] },
    mesh: { positions: Float64Array.from(mesh.vertProperties.filter((_, i) => i % mesh.numProp < 3)), indices: Uint32Array.from(mesh.triVerts) },
  };
}
