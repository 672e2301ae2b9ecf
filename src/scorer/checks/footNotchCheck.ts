import type { FootNotchItem } from "../../tasks/checklist";
import type { PartGeometry } from "../geometry/modelGeometry";
import type { TriMesh } from "../geometry/triMesh";
import { round } from "../round";
import { boxMm } from "../targets";
import type { CheckResult } from "./checkResult";

/** Lines are taken this far apart across the role (as shares of its extents), over its middle. */
const ACROSS = { from: 0.2, to: 0.8, lines: 13 };
const HEIGHT_STEP = 0.02;
/** A wall counts above a gap up to this share of the role's height: ears and ribs stand higher. */
const WALL_UP_TO = 0.75;

/**
 * A notch at a wall's foot (a cable's way out): from the middle of the role, a horizontal line
 * at a low height leaves the role's material without meeting it, where the same line higher up
 * meets a wall. The open ends of a U pass at every height and a solid block at none, so neither
 * is a notch; a window low in the wall or a slot up from its foot is one. Read from the role's
 * tessellation, along X and Y, both ways.
 */
export function checkFootNotch(item: FootNotchItem, scope: PartGeometry[]): CheckResult {
  const meshes = scope.map((p) => p.mesh);
  const below = item.max_height ?? 0.4;
  if (meshes.length === 0) return { credit: 0, note: `nothing plays the ${item.part} yet, so it has no notch: ${item.label}`, measured: { found: false } };
  const min = [0, 1, 2].map((k) => Math.min(...scope.map((p) => p.bounds.min[k])));
  const max = [0, 1, 2].map((k) => Math.max(...scope.map((p) => p.bounds.max[k])));
  const height = max[2] - min[2];
  for (const along of [0, 1]) {
    const across = 1 - along;
    const middle = (min[along] + max[along]) / 2;
    for (let j = 0; j < ACROSS.lines; j++) {
      const b = min[across] + (ACROSS.from + ((ACROSS.to - ACROSS.from) * j) / (ACROSS.lines - 1)) * (max[across] - min[across]);
      // Per height, on each side of the middle: does the line out meet material?
      const blocked: [boolean, boolean][] = [];
      for (let f = HEIGHT_STEP; f <= WALL_UP_TO + 1e-9; f += HEIGHT_STEP) {
        const crossings = lineCrossings(meshes, along, across, b, min[2] + f * height);
        blocked.push([crossings.some((t) => t < middle), crossings.some((t) => t > middle)]);
      }
      for (const side of [0, 1]) {
        const lowest = blocked.findIndex((at, i) => (i + 1) * HEIGHT_STEP <= below + 1e-9 && !at[side] && blocked.slice(i + 1).some((up) => up[side]));
        if (lowest >= 0) {
          const z = min[2] + (lowest + 1) * HEIGHT_STEP * height;
          // The way out, from the middle to the role's side, as thick as one step of height.
          const from = [0, 0, 0], to = [0, 0, 0];
          from[along] = side === 0 ? min[along] : middle;
          to[along] = side === 0 ? middle : max[along];
          from[across] = to[across] = b;
          from[2] = z - (HEIGHT_STEP * height) / 2;
          to[2] = z + (HEIGHT_STEP * height) / 2;
          return {
            credit: 1,
            note: null,
            measured: { found: true, axis: along === 0 ? "x" : "y", side: side === 0 ? "min" : "max", height_mm: round(z, 2) },
            targets: { regions: [{ kind: "notch", bbox: boxMm(from, to) }] },
          };
        }
      }
    }
  }
  return {
    credit: 0,
    note: `no way out through a wall of the ${item.part} near its foot: below ${(below * 100).toFixed(0)} % of its height every line out from its middle meets the wall it meets higher up; cut a notch at a wall's foot (${item.label})`,
    measured: { found: false },
  };
}

/** Where the line along axis `along`, at `b` across and height `z`, crosses the meshes' triangles. */
function lineCrossings(meshes: TriMesh[], along: number, across: number, b: number, z: number): number[] {
  const found: number[] = [];
  for (const { positions: p, indices: idx } of meshes) {
    for (let t = 0; t < idx.length; t += 3) {
      const a = 3 * idx[t], c = 3 * idx[t + 1], d = 3 * idx[t + 2];
      const au = p[a + across] - b, av = p[a + 2] - z;
      const bu = p[c + across] - b, bv = p[c + 2] - z;
      const cu = p[d + across] - b, cv = p[d + 2] - z;
      // Barycentric weights of the line's point in the triangle's shadow across the line.
      const wa = bu * cv - bv * cu, wb = cu * av - cv * au, wc = au * bv - av * bu;
      const sum = wa + wb + wc;
      if (sum === 0 || !((wa >= 0 && wb >= 0 && wc >= 0) || (wa <= 0 && wb <= 0 && wc <= 0))) continue;
      found.push((wa * p[a + along] + wb * p[c + along] + wc * p[d + along]) / sum);
    }
  }
  return found;
}
