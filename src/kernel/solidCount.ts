import { getOC, type AnyShape } from "replicad";

/**
 * How many B-rep solids a shape holds. The solids, not the triangles, say what is one body: a
 * bent rod with rounded caps is one solid even where its tessellation does not weld shut.
 */
export function solidCount(shape: AnyShape): number {
  const oc = getOC() as any;
  const explorer = new oc.TopExp_Explorer(shape.wrapped, oc.TopAbs_ShapeEnum.TopAbs_SOLID, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
  let count = 0;
  try {
    for (; explorer.More(); explorer.Next()) count++;
  } finally {
    explorer.delete();
  }
  return count;
}
