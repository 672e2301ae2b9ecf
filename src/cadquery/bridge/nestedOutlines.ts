import type { Drawing, Shape3D } from "replicad";

/**
 * CadQuery's rule for the wires of one extrusion: a wire inside another is a hole in it, and a
 * hole's inner wire is an island again. Containment is read from the 2D boxes, largest first;
 * the answer is ordered by depth. Holes are cut as solids, not as 2D booleans, which would split
 * an outline's curves into pieces (an ellipse into two arcs) where CadQuery keeps one edge.
 */
export function nestingLevels(drawings: Drawing[]): { drawing: Drawing; depth: number }[] {
  const boxes = drawings.map((drawing) => {
    const [[x0, y0], [x1, y1]] = drawing.boundingBox.bounds as unknown as number[][];
    return { drawing, x0, y0, x1, y1, area: (x1 - x0) * (y1 - y0), depth: 0 };
  });
  boxes.sort((a, b) => b.area - a.area);
  boxes.forEach((box, i) => {
    for (let j = i - 1; j >= 0; j--) {
      const p = boxes[j];
      if (box.x0 >= p.x0 - 1e-9 && box.y0 >= p.y0 - 1e-9 && box.x1 <= p.x1 + 1e-9 && box.y1 <= p.y1 + 1e-9) {
        box.depth = p.depth + 1;
        break;
      }
    }
  });
  return boxes.sort((a, b) => a.depth - b.depth).map(({ drawing, depth }) => ({ drawing, depth }));
}

/**
 * The solids made from `nestingLevels`' outlines (in its order) as one: outermost first, a hole
 * cut from what holds it, an island inside a hole added after it.
 */
export function nestedSolid(levels: { depth: number; solid: Shape3D }[]): Shape3D {
  let result = levels[0].solid;
  for (const { depth, solid } of levels.slice(1)) result = depth % 2 === 1 ? result.cut(solid) : result.fuse(solid);
  return result;
}
