import type { RecessesItem } from "../../tasks/checklist";
import { describeCount } from "../../tasks/checklist";
import { withManifolds } from "../geometry/manifold";
import type { PartGeometry } from "../geometry/modelGeometry";
import { AXIS_INDEX, countCredit, type CheckResult } from "./checkResult";

type Face = RecessesItem["face"];

/** Turns (degrees about X, Y, Z) that bring each face's outward direction onto +Z, where manifold slices. */
const ONTO_Z: Record<Face["side"], Record<Face["axis"], [number, number, number]>> = {
  max: { x: [0, -90, 0], y: [90, 0, 0], z: [0, 0, 0] },
  min: { x: [0, 90, 0], y: [-90, 0, 0], z: [180, 0, 0] },
};

/**
 * Grooves in a face, counted on each part of the role: the section just inside its outermost face
 * on that side, as outlines beyond the one a plain face gives. A part that is not a closed solid
 * shows none.
 */
export function checkRecesses(item: RecessesItem, parts: PartGeometry[]): CheckResult {
  const depth = item.depth_mm ?? 0.3;
  const found = parts.map((p) => (p.manifold ? recessesIn(p.manifold, item.face, depth) : 0));
  const credit = found.length ? found.reduce((s, n) => s + countCredit(n, item.count), 0) / found.length : 0;
  const side = `${item.face.side === "max" ? "+" : "-"}${item.face.axis.toUpperCase()}`;
  const where = parts.length ? parts.map((p, i) => `${found[i]} in ${p.name}`).join(", ") : `nothing plays the ${item.part} yet`;
  return {
    credit,
    note: credit < 1 ? `counted ${where} on the ${side} face, where the task asks for ${describeCount(item.count)} in each: ${item.label}` : null,
    measured: { found_per_part: Object.fromEntries(parts.map((p, i) => [p.name, found[i]])) },
  };
}

function recessesIn(solid: NonNullable<PartGeometry["manifold"]>, face: Face, depth: number): number {
  return withManifolds((keep) => {
    const turned = keep(solid.rotate(ONTO_Z[face.side][face.axis]));
    const top = turned.boundingBox().max[AXIS_INDEX.z];
    const section = keep(turned.slice(top - depth));
    return Math.max(0, section.toPolygons().length - 1);
  });
}
