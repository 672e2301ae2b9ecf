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
export const MAX_HOST_FILL = 0.6;

/**
 * The part's material where the role must be: along each axis of `region`, the range its centre
 * must lie in, widened by half the role's least size there (other axes unbounded). Null when the part is not
 * a closed solid, is one plain shape, or has no material there.
 */
export function regionPiece(model: ModelGeometry, host: PartGeometry, region: Region, minSize: Partial<Record<Axis, number>> = {}): RegionPiece | null {
  if (!host.manifold) return null;
  const box = [0, 1, 2].map((k) => host.bounds.max[k] - host.bounds.min[k]);
  if (host.volume > MAX_HOST_FILL * box[0] * box[1] * box[2]) return null;
  const lo = [...model.bounds.min].map((v) => v - 1);
  const hi = [...model.bounds.max].map((v) => v + 1);
  for (const [axis, [from, to]] of Object.entries(region) as [Axis, [number, number]][]) {
    // The role's centre lies in the range; its material reaches half its least size beyond.
    const reach = (minSize[axis] ?? 0) / 2;
    const k = AXIS_INDEX[axis];
    lo[k] = model.bounds.min[k] + Math.max(0, from - reach) * model.size[k];
    hi[k] = model.bounds.min[k] + Math.min(1, to + reach) * model.size[k];
  }
  const api = manifoldApi();
  const cube = api.Manifold.cube([hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]], false);
  const placed = cube.translate([lo[0], lo[1], lo[2]]);
  const inside = host.manifold.intersect(placed);
  try {
    return pieceOf(model, host, inside);
  } finally {
    for (const m of [inside, placed, cube]) m.delete();
  }
}

/** The region `inside` (the host's material cut by some shape) as a piece; null when it is empty. The caller frees `inside`. */
export function pieceOf(model: ModelGeometry, host: PartGeometry, inside: Manifold): RegionPiece | null {
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
