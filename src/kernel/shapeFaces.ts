import { Face, getOC, type AnyShape } from "replicad";

const HASH_LIMIT = 2147483647;

/**
 * The distinct faces of a shape, in the order `shape.faces` lists them, each a wrapper the caller
 * deletes. replicad's own getter compares every face with each one before it (quadratic in calls
 * into the kernel: 64 ms for a 200-face vented plate); here faces are bucketed by the kernel's
 * shape hash and compared only within a bucket, and each explorer item is freed once read.
 */
export function shapeFaces(shape: AnyShape): Face[] {
  const oc = getOC() as any;
  const explorer = new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
  const buckets = new Map<number, Face[]>();
  const faces: Face[] = [];
  try {
    for (; explorer.More(); explorer.Next()) {
      const item = explorer.Current();
      const hash: number = oc.ReplicadShapeHasher.HashCode(item, HASH_LIMIT);
      const bucket = buckets.get(hash);
      if (bucket?.some((face) => face.wrapped.IsSame(item))) {
        item.delete();
        continue;
      }
      const face = new Face(oc.TopoDS.Face(item));
      item.delete();
      faces.push(face);
      if (bucket) bucket.push(face);
      else buckets.set(hash, [face]);
    }
  } finally {
    explorer.delete();
  }
  return faces;
}

/** How many distinct faces a shape has, without keeping any. */
export function faceCount(shape: AnyShape): number {
  const faces = shapeFaces(shape);
  for (const face of faces) face.delete();
  return faces.length;
}
