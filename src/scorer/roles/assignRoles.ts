import { nameAffinity, type PartItem } from "../../tasks/checklist";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { bestAssignment } from "./bestAssignment";
import { measureShape, shapeAxes, type ShapeMeasures } from "./partShape";
import { alikePlates, isLocal, largestPlate, plateFeatures, platePiece, slabVolume, type PlateFeature } from "./plateFeatures";
import { regionPiece, type RegionPiece } from "./regionPiece";
import { roleFit, type RoleSolid } from "./roleFit";
import { alikeFeatures, RING_BORE, turnedAxes, turnedFeatures, turnedPiece, type TurnedFeature } from "./turnedRegions";
import { unionGroups } from "./unionGroups";

/** Which parts play which role of the checklist. */
export interface RoleAssignment {
  /** Part item id -> the parts that play it (possibly none); for a role found in a region, the part it is cut from. */
  members: Map<string, PartGeometry[]>;
  /** Part item id -> the region of a fused part that plays it, when no whole part does. */
  regions: Map<string, RegionPiece>;
  /** Part name -> the ids of the roles it plays (whole or by a region), in checklist order. */
  rolesOf: Map<string, string[]>;
  /** Each solid's shape measures, taken once. */
  measures: Measures;
}

/** Names only break ties: this much credit, far below any difference in geometry. */
const NAME_TIE = 1e-3;

/** A solid's shape measures, each taken once. */
export type Measures = (solid: RoleSolid) => ShapeMeasures;
type Members = Map<string, PartGeometry[]>;

/** A cache of shape measures: a solid's shape does not depend on which reading of the checklist asks. */
export function shapeMeasures(): Measures {
  const shapes = new Map<RoleSolid, ShapeMeasures>();
  return (p) => {
    let m = shapes.get(p);
    if (!m) shapes.set(p, (m = measureShape(p.mesh, p.bounds, p.volume, "part" in p ? (p as PartGeometry).turnedFaces() : null)));
    return m;
  };
}

/**
 * Finds the parts that play each role by geometry, in six steps: the best group of alike parts
 * for each role, the groups left over that their names or their fit place, a mirrored pair split
 * over two roles, regions of fused parts for the roles that have a place and nothing earning
 * credit in it, the turned features of fused parts for the round ones that have none, and their
 * panels for the flat and small ones not fully played.
 */
export function assignRoles(model: ModelGeometry, items: PartItem[], measures: Measures): RoleAssignment {
  const groups = unionGroups(model.parts, alike);
  const members = bestGroups(model, items, groups, measures);
  joinLeftGroups(model, items, groups, members, measures);
  splitMirroredPairs(model, items, members, measures);
  const regions = fusedRegions(model, items, members, measures);
  turnedRoles(model, items, members, regions, measures);
  plateRoles(model, items, members, regions, measures);
  const rolesOf = new Map<string, string[]>(model.parts.map((p) => [p.name, []]));
  for (const item of items) for (const p of members.get(item.id)!) rolesOf.get(p.name)!.push(item.id);
  return { members, regions, rolesOf, measures };
}

/** How far a group's names say it plays the role, in [0, 1]. */
const named = (item: PartItem, group: PartGeometry[]) => group.reduce((s, p) => s + nameAffinity(item, p.name), 0) / group.length;

/**
 * Each role gets the group of alike parts (the legs, the two leaves) that fits it best, over all
 * roles at once: the assignment with the largest total credit, a name that says the role adding
 * a tie-breaking sliver.
 */
function bestGroups(model: ModelGeometry, items: PartItem[], groups: PartGeometry[][], measures: Measures): Members {
  const credit = items.map((item) => groups.map((g) => roleFit(model, item, g, measures).credit + NAME_TIE * named(item, g)));
  const chosen = bestAssignment(credit, groups.length);
  return new Map(items.map((item, i) => [item.id, chosen[i] >= 0 && credit[i][chosen[i]] > NAME_TIE ? [...groups[chosen[i]]] : []]));
}

/**
 * A group left over joins the role its names say it plays, as long as that role's credit does not
 * drop; named or not, it joins a role whose credit it raises (a floor that makes two walls a U).
 * The largest rise wins, a name adding to it.
 */
function joinLeftGroups(model: ModelGeometry, items: PartItem[], groups: PartGeometry[][], members: Members, measures: Measures): void {
  const taken = new Set([...members.values()].flat());
  for (const group of groups.filter((g) => !taken.has(g[0]))) {
    let best: { item: PartItem; rank: number } | null = null;
    for (const item of items) {
      const affinity = named(item, group);
      const current = members.get(item.id)!;
      if (!affinity && current.length === 0) continue;
      const before = current.length ? roleFit(model, item, current, measures).credit : 0;
      const after = roleFit(model, item, [...current, ...group], measures).credit;
      if (after < before - 1e-9 || (!affinity && after <= before + 1e-9)) continue;
      const rank = affinity + (after - before);
      if (!best || rank > best.rank) best = { item, rank };
    }
    if (best) members.get(best.item.id)!.push(...group);
  }
}

/**
 * A mirrored pair may still play two roles (a housing and its cover): a role left empty takes
 * the member of a pair that plays it well, when the pair's role loses nothing by it. Larger
 * groups stay whole: a stack of alike slabs is one thing, however many names it carries.
 */
function splitMirroredPairs(model: ModelGeometry, items: PartItem[], members: Members, measures: Measures): void {
  for (const item of items) {
    if (members.get(item.id)!.length > 0) continue;
    let best: { from: PartItem; part: PartGeometry; gain: number } | null = null;
    for (const from of items) {
      const group = members.get(from.id)!;
      if (group.length !== 2) continue;
      const whole = roleFit(model, from, group, measures).credit;
      for (const part of group) {
        if (roleFit(model, from, group.filter((p) => p !== part), measures).credit < whole - 1e-9) continue;
        const gain = roleFit(model, item, [part], measures).credit;
        if (gain > (best?.gain ?? 0.75 - 1e-9)) best = { from, part, gain };
      }
    }
    if (best) {
      const { from, part } = best;
      members.set(from.id, members.get(from.id)!.filter((p) => p !== part));
      members.set(item.id, [part]);
    }
  }
}

/**
 * Whether the steps that look inside fused parts may fill a role: when nothing plays it, or its
 * parts earn less than `below`. A region is only a slice of a body, so it displaces parts that
 * earn nothing (a bolt whose name says the clamp it pinches); turned features and panels are
 * the body's own features, so they displace parts that play the role only in part (a bolt out
 * of place for the gusset a one-piece mount has under its arm).
 */
function unplayed(model: ModelGeometry, item: PartItem, members: Members, measures: Measures, below: number): boolean {
  const current = members.get(item.id)!;
  return current.length === 0 || roleFit(model, item, current, measures).credit < below;
}

/** Credit below this is none: a region displaces only parts that earn nothing. */
const NOTHING = 1e-9;

/**
 * A role no whole part plays may be a region of a fused part (a hook's plate, a bracket's ears):
 * the material where the role's centre must be, from the first part whose region meets every
 * condition (a slice of anything fused has some volume somewhere, so partial credit is none).
 * Parts that play the role out of its place give way to a region where the body changes at the
 * region's end (a one-piece fixture's root pad, against a clamp cap of the root's size at the
 * other end; not a slice of a uniform platform).
 */
function fusedRegions(model: ModelGeometry, items: PartItem[], members: Members, measures: Measures): Map<string, RegionPiece> {
  const regions = new Map<string, RegionPiece>();
  for (const item of items) {
    if (!item.center_in) continue;
    const current = members.get(item.id)!;
    const fit = current.length > 0 ? roleFit(model, item, current, measures) : null;
    const empty = !fit || fit.credit < NOTHING;
    if (!empty && fit.inPlace) continue;
    for (const host of model.parts) {
      const piece = regionPiece(model, host, item.center_in, item.min_size, !empty);
      if (piece && roleFit(model, item, [piece], measures, true).credit >= 1) {
        regions.set(item.id, piece);
        members.set(item.id, [host]);
        break;
      }
    }
  }
  return regions;
}

/**
 * A round role with no place of its own (a motor boss at each arm's end, a guard round each
 * propeller), or one of no shape (a cage's rods), may be turned features of a fused part: alike
 * bosses, rods or rings about parallel lines. A feature plays one role only, so rings go first
 * (a ring is also round), then round roles, then those of no shape, which take what is left;
 * among the groups that meet every condition, the most members win, then the narrowest (the pad
 * inside a duct, not the duct).
 */
function turnedRoles(model: ModelGeometry, items: PartItem[], members: Members, regions: Map<string, RegionPiece>, measures: Measures): void {
  const empty = items.filter((item) => !item.center_in && turnedAxes(item) && unplayed(model, item, members, measures, 1));
  const taken = new Set<string>();
  const featureKey = (f: TurnedFeature) => `${f.line}@${f.radius}`;
  const order = (item: PartItem) => (item.shape?.kind === "ring" ? 0 : item.shape ? 1 : 2);
  for (const item of [...empty].sort((a, b) => order(a) - order(b))) {
    const ring = item.shape?.kind === "ring";
    let best: { piece: RegionPiece; group: TurnedFeature[] } | null = null;
    for (const host of model.parts) {
      const groups = alikeFeatures(turnedFeatures(host, turnedAxes(item)!, model.diagonal).filter((f) => !taken.has(featureKey(f)) && (!ring || f.bore >= RING_BORE * f.radius)));
      for (const group of groups) {
        if (best && (group.length < best.group.length || (group.length === best.group.length && group[0].radius >= best.group[0].radius))) continue;
        const piece = turnedPiece(model, host, group, ring);
        if (piece && roleFit(model, item, [piece], measures, true).credit >= 1) best = { piece, group };
      }
    }
    if (!best) continue;
    for (const f of best.group) taken.add(featureKey(f));
    regions.set(item.id, best.piece);
    members.set(item.id, [best.piece.host]);
  }
}

/**
 * A flat role, or a small one of no given shape, that nothing fully plays may be panels of a
 * fused part (the gusset under each ear of a bracket bent from one sheet, the web under a mount's
 * arm): a group of alike panels whose material meets every condition. A small part is local: the
 * sheet of each of its panels spans less than half its host one way across, so a housing's walls
 * are no ribs. A panel plays one role only, so the flat roles already played keep theirs first: a
 * whole part its largest panel (the plate itself, whatever is fused to it), a region the panels
 * that meet its role's conditions. Among the groups that meet an empty role's, the most members
 * win, then the largest.
 */
function plateRoles(model: ModelGeometry, items: PartItem[], members: Members, regions: Map<string, RegionPiece>, measures: Measures): void {
  const flat = items.filter((item) => item.shape?.kind === "plate" || (!item.shape && item.max_volume_share !== undefined));
  const empty = flat.filter((item) => unplayed(model, item, members, measures, 1));
  if (empty.length === 0) return;
  const snap = model.diagonal * 1e-4;
  const panels = new Map<PartGeometry, PlateFeature[]>();
  const featuresOf = (host: PartGeometry) => {
    if (!panels.has(host)) panels.set(host, plateFeatures(host, snap));
    return panels.get(host)!;
  };
  // Each panel's own material, cut once: a group counts only when each of its panels has the role's shape.
  const alone = new Map<PlateFeature, RegionPiece | null>();
  const shaped = (item: PartItem, host: PartGeometry, f: PlateFeature) => {
    if (item.max_volume_share !== undefined && !isLocal(f, host)) return false;
    if (!alone.has(f)) alone.set(f, platePiece(model, host, [f]));
    const piece = alone.get(f);
    return !!piece && (!item.shape || shapeAxes(item.shape, measures(piece)).length > 0);
  };
  const taken = new Set<PlateFeature>();
  const candidates = (item: PartItem, host: PartGeometry) => featuresOf(host).filter((f) => !taken.has(f) && shaped(item, host, f));
  const best = (item: PartItem, hosts: PartGeometry[]) => {
    let found: { piece: RegionPiece; group: PlateFeature[] } | null = null;
    for (const host of hosts) {
      for (const group of alikePlates(candidates(item, host))) {
        if (found && (group.length < found.group.length || (group.length === found.group.length && slabVolume(group) <= slabVolume(found.group)))) continue;
        // A group of one is the panel's own material, already cut.
        const piece = group.length === 1 ? alone.get(group[0])! : platePiece(model, host, group);
        if (piece && roleFit(model, item, [piece], measures, true).credit >= 1) found = { piece, group };
      }
    }
    return found;
  };
  for (const item of flat.filter((item) => !empty.includes(item))) {
    const region = regions.get(item.id);
    const claimed = region ? best(item, [region.host])?.group ?? [] : members.get(item.id)!.map((p) => largestPlate(featuresOf(p)));
    for (const f of claimed) if (f) taken.add(f);
  }
  for (const item of empty) {
    const found = best(item, model.parts);
    if (!found) continue;
    for (const f of found.group) taken.add(f);
    regions.set(item.id, found.piece);
    members.set(item.id, [found.piece.host]);
  }
}

/**
 * Same extents along each axis (X and Y may swap: an arm turned a quarter about Z) and volume
 * within 20 %: another leg, leaf or arm, not a plate lying where another stands.
 */
function alike(a: PartGeometry, b: PartGeometry): boolean {
  const sa = [0, 1, 2].map((k) => a.bounds.max[k] - a.bounds.min[k]);
  const sb = [0, 1, 2].map((k) => b.bounds.max[k] - b.bounds.min[k]);
  const near = (x: number, y: number) => Math.abs(x - y) <= 0.2 * Math.max(x, y, 1e-9);
  const sameBox = (sa.every((v, k) => near(v, sb[k])) || (near(sa[0], sb[1]) && near(sa[1], sb[0]) && near(sa[2], sb[2])));
  return near(a.volume, b.volume) && sameBox;
}
