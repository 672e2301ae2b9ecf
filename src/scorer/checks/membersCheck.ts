import type { Manifold } from "../geometry/manifold";
import { manifoldApi } from "../geometry/manifold";
import type { RepeatedMembersItem } from "../../tasks/checklist";
import { describeCount } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { AXIS_INDEX, countCredit, type CheckResult } from "./checkResult";
import { round } from "../round";
import { boxMm } from "../targets";

/**
 * Counts legs, teeth or arms as separate pieces of material inside a probe region: an exact
 * boolean of the closed parts of `scope` with an annulus or a slab, split into connected
 * components.
 */
export function checkMembers(model: ModelGeometry, item: RepeatedMembersItem, scope: PartGeometry[]): CheckResult {
  const closed = scope.map((p) => p.manifold).filter((m): m is Manifold => m !== null);
  if (closed.length === 0) return { credit: 0, note: `no closed solid to count ${item.member}s in: ${item.label}`, measured: { found: 0 } };
  const api = manifoldApi();
  const k = AXIS_INDEX[item.probe.axis];
  const span = item.probe.span ?? [0, 1];
  const low = model.bounds.min[k] + span[0] * model.size[k];
  const high = model.bounds.min[k] + span[1] * model.size[k];
  const centre = [0, 1, 2].map((i) => (model.bounds.min[i] + model.bounds.max[i]) / 2);
  centre[k] = (low + high) / 2;
  const height = Math.max(high - low, 1e-6);
  const across = Math.max(...[0, 1, 2].filter((i) => i !== k).map((i) => model.size[i])) / 2;
  // Build along Z, then turn Z onto the probe's axis.
  const turn: [number, number, number] = k === 0 ? [0, 90, 0] : k === 1 ? [-90, 0, 0] : [0, 0, 0];
  const owned: { delete(): void }[] = [];
  const keep = <M extends { delete(): void }>(m: M) => (owned.push(m), m);
  try {
    let probe: Manifold;
    if (item.probe.shape === "annulus") {
      const [r0, r1] = item.probe.radius;
      // The ring is cut in 2D and extruded: the same annulus as a 3D difference of two
      // cylinders, at a seventh of the cost.
      const outer = keep(api.CrossSection.circle(Math.max(r1 * across, 1e-6), 128));
      const inner = keep(api.CrossSection.circle(Math.max(r0 * across, 1e-7), 128));
      probe = keep(keep(outer.subtract(inner)).extrude(height, 0, 0, [1, 1], true));
    } else {
      const size = [0, 1, 2].map((i) => (i === 2 ? height : 2 * across + 2 * model.diagonal)) as [number, number, number];
      probe = keep(api.Manifold.cube(size, true));
    }
    const placed = keep(keep(probe.rotate(turn)).translate(centre as [number, number, number]));
    // (A ∪ B) ∩ probe = (A ∩ probe) ∪ (B ∩ probe): cutting each part first leaves the union only
    // the small pieces inside the probe, where the union of whole parts cost most of the check.
    const box = placed.boundingBox();
    const cut = closed
      .filter((m) => overlaps(m.boundingBox(), box))
      .map((m) => keep(m.intersect(placed)))
      .filter((m) => !m.isEmpty());
    const inside = cut.length === 1 ? cut[0] : keep(api.Manifold.union(cut));
    const pieces = inside.decompose().map((piece) => {
      const volume = piece.volume();
      const box = piece.boundingBox();
      piece.delete();
      return { volume, box };
    });
    const volumes = pieces.map((p) => p.volume);
    const largest = Math.max(0, ...volumes);
    const counted = pieces.filter((p) => p.volume >= (item.min_member_share ?? 0.2) * largest && p.volume > 0);
    const members = counted.length;
    const credit = countCredit(members, item.count);
    return {
      credit,
      note: credit < 1 ? `counted ${members} ${item.member}${members === 1 ? "" : "s"} where the task asks for ${describeCount(item.count)}: ${item.label}` : null,
      measured: { found: members, piece_volumes_mm3: volumes.sort((a, b) => b - a).slice(0, 48).map((v) => round(v, 1)) },
      // Where each counted member was cut by the probe, in the order the kernel split them.
      targets: { regions: counted.slice(0, 48).map((p) => ({ kind: "member" as const, bbox: boxMm(p.box.min, p.box.max) })) },
    };
  } finally {
    for (const m of owned) m.delete();
  }
}

function overlaps(a: { min: ArrayLike<number>; max: ArrayLike<number> }, b: { min: ArrayLike<number>; max: ArrayLike<number> }): boolean {
  for (let k = 0; k < 3; k++) if (a.min[k] > b.max[k] || b.min[k] > a.max[k]) return false;
  return true;
}
