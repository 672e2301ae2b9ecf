import type { Axis, PartItem } from "../../tasks/checklist";
import { manifoldApi } from "../geometry/manifold";
import type { ModelGeometry, PartGeometry } from "../geometry/modelGeometry";
import { axisKey } from "../geometry/turnedFaces";
import { AXES } from "./partShape";
import { isFusedHost, pieceInside, type RegionPiece } from "./regionPiece";

/** One turned feature of a fused part: its outside is a cylinder of `radius` about one line, over `span`. */
export interface TurnedFeature {
  line: string;
  axis: number;
  foot: [number, number, number];
  radius: number;
  /** A ring's bore, the largest hole about the same line inside it; 0 for a solid boss. */
  bore: number;
  span: [number, number];
}

/**
 * A boss's outside turns most of the way round its line, whatever is fused to its side (an arm
 * into a motor pad, a spur into a duct). A rounded edge (a quarter turn) is no boss.
 */
const MIN_TURN = 1.2 * Math.PI;

/** A ring's bore is at least this share of its outside: a duct or a collar, not a boss with a shaft hole. */
export const RING_BORE = 0.5;

/** Alike features (four motor pads, four ducts) have radii and lengths within this share of each other. */
const ALIKE = { radius: 0.03, length: 0.2 };

/**
 * The turned features of a fused part along the given axes: per axis line, each convex
 * cylinder radius that goes most of the way round it, with the largest bore inside it on the
 * same line. A hub, four motor pads and four ducts round the same four lines are nine features.
 */
export function turnedFeatures(host: PartGeometry, axes: Axis[], diagonal: number): TurnedFeature[] {
  const snap = diagonal * 1e-4;
  const faces = host.turnedFaces().filter((f) => f.kind === "cylinder");
  const byLine = new Map<string, typeof faces>();
  for (const f of faces) {
    const axis = AXES.findIndex((a, k) => axes.includes(a) && Math.abs(f.direction[k]) > 0.999);
    if (axis < 0) continue;
    const key = axisKey(f, snap);
    byLine.set(key, [...(byLine.get(key) ?? []), f]);
  }
  const features: TurnedFeature[] = [];
  for (const [line, onLine] of byLine) {
    const axis = onLine[0].direction.findIndex((v) => Math.abs(v) > 0.999);
    const outside = onLine.filter((f) => f.convex);
    const radii: number[] = [];
    for (const f of outside) if (!radii.some((r) => Math.abs(r - f.radius) <= snap)) radii.push(f.radius);
    for (const radius of radii) {
      const walls = outside.filter((f) => Math.abs(f.radius - radius) <= snap);
      if (walls.reduce((s, f) => s + f.turn, 0) < MIN_TURN) continue;
      const span: [number, number] = [Math.min(...walls.map((f) => f.span[0])), Math.max(...walls.map((f) => f.span[1]))];
      const bores = onLine.filter((f) => !f.convex && f.radius < radius && f.span[0] < span[1] && f.span[1] > span[0]);
      features.push({ line, axis, foot: onLine[0].foot, radius, bore: Math.max(0, ...bores.map((f) => f.radius)), span });
    }
  }
  return features;
}

/** Groups of alike features on different lines: the repeated bosses or rings a role may be. */
export function alikeFeatures(features: TurnedFeature[]): TurnedFeature[][] {
  const groups: TurnedFeature[][] = [];
  const near = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b);
  for (const f of [...features].sort((a, b) => b.radius - a.radius)) {
    const group = groups.find(
      (g) => g[0].axis === f.axis && near(g[0].radius, f.radius, ALIKE.radius) && near(g[0].span[1] - g[0].span[0], f.span[1] - f.span[0], ALIKE.length) && !g.some((o) => o.line === f.line),
    );
    if (group) group.push(f);
    else groups.push([f]);
  }
  return groups;
}

/**
 * The part's material inside the features: each feature's cylinder (a ring's annulus), widened
 * by the tessellation's error, cut from the part. Null when the part is one plain shape or the
 * cut is empty.
 */
export function turnedPiece(model: ModelGeometry, host: PartGeometry, group: TurnedFeature[], ring: boolean): RegionPiece | null {
  if (!isFusedHost(host)) return null;
  const api = manifoldApi();
  const owned: { delete(): void }[] = [];
  const keep = <M extends { delete(): void }>(m: M) => (owned.push(m), m);
  const slack = 2 * model.meshTolerance;
  try {
    const cutters = group.map((f) => {
      const outer = keep(api.CrossSection.circle(f.radius * 1.01 + slack, 96));
      const section = ring && f.bore > 0 ? keep(outer.subtract(keep(api.CrossSection.circle(Math.max(f.bore * 0.99 - slack, 1e-6), 96)))) : outer;
      const length = f.span[1] - f.span[0] + 2 * slack;
      const along = keep(section.extrude(length, 0, 0, [1, 1], true));
      // Built along Z, turned onto the feature's axis, centred on the middle of its span.
      const turn: [number, number, number] = f.axis === 0 ? [0, 90, 0] : f.axis === 1 ? [-90, 0, 0] : [0, 0, 0];
      const mid = (f.span[0] + f.span[1]) / 2;
      const centre = f.foot.map((v, k) => v + (k === f.axis ? mid : 0)) as [number, number, number];
      return keep(keep(along.rotate(turn)).translate(centre));
    });
    // Each feature's own box: a hole counts for the role only where its walls are in one.
    const boxes = group.map((f) => {
      const r = f.radius * 1.01 + slack;
      const min = f.foot.map((v, k) => (k === f.axis ? v + f.span[0] : v - r)) as [number, number, number];
      const max = f.foot.map((v, k) => (k === f.axis ? v + f.span[1] : v + r)) as [number, number, number];
      return { min, max };
    });
    return pieceInside(model, host, cutters, boxes);
  } finally {
    for (const m of owned.reverse()) m.delete();
  }
}

/** The axes a role may be turned features about: a round or ring role's, or any for a role of no shape (rods, pins, pegs); none for the others. */
export function turnedAxes(item: PartItem): Axis[] | null {
  const shape = item.shape;
  if (!shape) return AXES;
  if (shape.kind !== "round" && shape.kind !== "ring") return null;
  return shape.axes ?? AXES;
}
