import type { ModelGeometry } from "./geometry/modelGeometry";
import type { Manifold } from "./geometry/manifold";
import { AXIS_ROTATIONS } from "./geometry/orientations";
import { sampleSurface } from "./geometry/sampling";
import { SurfaceDistance } from "./geometry/surfaceDistance";
import { concatMeshes, transformMesh, type TriMesh } from "./geometry/triMesh";
import { sampledIoU } from "./geometry/sampledIoU";
import type { DimensionScore } from "./dimension";
import { round } from "./round";

export const F_SCORE_TAU = 0.02;
const SAMPLE_SEED = 1237;

/** A model brought to the unit frame once: bbox centre at the origin, largest extent 1. */
export interface NormalisedShape {
  mesh: TriMesh;
  distance: SurfaceDistance;
  samples: Float64Array;
  extents: number[];
  /**
   * The union of the closed parts for the exact IoU (full mode), owned by whoever made it (the
   * reference cache keeps the reference's for the realm); null in fast mode or when no part is closed.
   */
  solid: Manifold | null;
  /** The closed parts' surfaces for the sampled IoU (fast mode); null in full mode or when no part is closed. */
  inside: TriMesh | null;
  centre: number[];
  scale: number;
}

/** Lines per side of the sampled IoU's grid on each axis (fast mode); see docs/scoring.md for its measured error. */
export const IOU_LINE_GRID = 40;

const IDENTITY = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** `exactIoU` (full mode) keeps the manifold-3d union of the parts; otherwise their surfaces for the sampled IoU. */
export function normalise(model: ModelGeometry, sampleCount: number, exactIoU: boolean): NormalisedShape {
  const centre = [0, 1, 2].map((k) => (model.bounds.min[k] + model.bounds.max[k]) / 2);
  const scale = 1 / Math.max(...model.size, 1e-9);
  const mesh = transformMesh(model.mesh, IDENTITY, centre, scale);
  const distance = new SurfaceDistance(mesh);
  let solid: Manifold | null = null;
  let inside: TriMesh | null = null;
  if (exactIoU) {
    const union = model.union();
    if (union) {
      const moved = union.translate([-centre[0], -centre[1], -centre[2]]);
      solid = moved.scale(scale);
      moved.delete();
    }
  } else {
    // Only closed parts have an inside, as only they enter the exact union.
    const closed = model.parts.filter((p) => p.manifold);
    if (closed.length === model.parts.length) inside = mesh;
    else if (closed.length) inside = transformMesh(concatMeshes(closed.map((p) => p.mesh)), IDENTITY, centre, scale);
  }
  return { mesh, distance, samples: sampleSurface(mesh, sampleCount, SAMPLE_SEED), extents: model.size.map((s) => s * scale), solid, inside, centre, scale };
}

/**
 * Distances of `points` turned by `m` into `out`, summed in order; null as soon as
 * `exceeds(sum so far)`. Each point is turned as it is measured: an orientation stopped early
 * turns no more than it measured.
 */
function runningSum(points: Float64Array, m: number[], surface: SurfaceDistance, out: Float64Array, exceeds: (sum: number) => boolean): number | null {
  let sum = 0;
  for (let i = 0; i < points.length / 3; i++) {
    const x = points[3 * i], y = points[3 * i + 1], z = points[3 * i + 2];
    out[i] = surface.distance(m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);
    sum += out[i];
    if (exceeds(sum)) return null;
  }
  return sum;
}

/** Distances of all `points` turned by `m`, taking the first `known.length` from `known`. */
function distancesAfter(points: Float64Array, m: number[], surface: SurfaceDistance, known: Float64Array): Float64Array {
  const out = new Float64Array(points.length / 3);
  out.set(known.subarray(0, Math.min(known.length, out.length)));
  for (let i = known.length; i < out.length; i++) {
    const x = points[3 * i], y = points[3 * i + 1], z = points[3 * i + 2];
    out[i] = surface.distance(m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);
  }
  return out;
}

function withinTau(distances: Float64Array): number {
  let count = 0;
  for (let i = 0; i < distances.length; i++) if (distances[i] <= F_SCORE_TAU) count++;
  return count;
}

function transpose(m: number[]): number[] {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}

const mean = (a: Float64Array) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : Infinity);

/**
 * Both models in the unit frame; the candidate tried in all 24 axis-aligned orientations.
 * Orientations whose extents disagree with the reference's are dropped, the rest ranked by a
 * coarse Chamfer distance, and the best (fast) or best three (full) measured: volumetric IoU
 * (exact by mesh booleans in full mode, estimated on lines in fast mode), symmetric point-to-surface Chamfer and F-score at tau = 0.02.
 */
export function scoreReferenceSimilarity(candidate: NormalisedShape, reference: NormalisedShape, fine: boolean): DimensionScore {
  const coarse = 256;
  const ranked = AXIS_ROTATIONS.map((m, index) => {
    const ext = [0, 1, 2].map((r) => Math.abs(m[3 * r]) * candidate.extents[0] + Math.abs(m[3 * r + 1]) * candidate.extents[1] + Math.abs(m[3 * r + 2]) * candidate.extents[2]);
    return { m, index, extentError: ext.reduce((s, v, k) => s + Math.abs(v - reference.extents[k]), 0) };
  });
  const bestExtent = Math.min(...ranked.map((r) => r.extentError));
  const keep = fine ? 3 : 1;
  const candidateCoarse = candidate.samples.subarray(0, coarse * 3);
  const referenceCoarse = reference.samples.subarray(0, coarse * 3);
  // Distances are never negative, so an orientation whose running coarse Chamfer already
  // exceeds the keep-th best complete one cannot be among those measured: stop it there.
  const complete: number[] = [];
  const plausible: { m: number[]; index: number; coarse: number; forward: Float64Array; back: Float64Array }[] = [];
  for (const r of ranked.filter((r) => r.extentError <= bestExtent + 0.05)) {
    const bound = complete.length >= keep ? complete[keep - 1] : Infinity;
    const forward = new Float64Array(coarse), back = new Float64Array(coarse);
    const n = candidateCoarse.length / 3, nb = referenceCoarse.length / 3;
    const sumF = runningSum(candidateCoarse, r.m, reference.distance, forward, (sum) => sum / n / 2 > bound);
    if (sumF === null) continue;
    const sumB = runningSum(referenceCoarse, transpose(r.m), candidate.distance, back, (sum) => (sumF / n + sum / nb) / 2 > bound);
    if (sumB === null) continue;
    const value = n && nb ? (sumF / n + sumB / nb) / 2 : Infinity;
    plausible.push({ ...r, coarse: value, forward: forward.subarray(0, n), back: back.subarray(0, nb) });
    complete.push(value);
    complete.sort((x, y) => x - y);
  }
  plausible.sort((a, b) => a.coarse - b.coarse || a.index - b.index);

  let best: { index: number; iou: number; chamfer: number; fscore: number; precision: number; recall: number; score: number } | null = null;
  for (const r of plausible.slice(0, keep)) {
    // The first coarse samples are the first of the full set: their distances are known.
    const forward = distancesAfter(candidate.samples, r.m, reference.distance, r.forward);
    const back = distancesAfter(reference.samples, transpose(r.m), candidate.distance, r.back);
    const precision = withinTau(forward) / Math.max(1, forward.length);
    const recall = withinTau(back) / Math.max(1, back.length);
    const fscore = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const chamfer = (mean(forward) + mean(back)) / 2;
    const iou = fine ? volumetricIoU(candidate.solid, reference.solid, r.m) : estimatedIoU(candidate, reference, r.m);
    const score = 0.45 * iou + 0.35 * fscore + 0.2 * Math.exp(-chamfer / 0.03);
    if (!best || score > best.score) best = { index: r.index, iou, chamfer, fscore, precision, recall, score };
  }
  const b = best!;
  const notes: string[] = [];
  if (b.score < 0.6) notes.push(`the shape is far from the reference: volume overlap ${(b.iou * 100).toFixed(0)} %, ${(b.fscore * 100).toFixed(0)} % of the surface within 2 % of the reference's size`);
  return {
    score: b.score,
    notes,
    metrics: {
      ...(fine ? { iou: round(b.iou, 4), iou_method: "exact" } : { iou_estimate: round(b.iou, 4), iou_method: "sampled", iou_lines: 3 * IOU_LINE_GRID * IOU_LINE_GRID }),
      chamfer: round(b.chamfer, 5),
      f_score: round(b.fscore, 4),
      precision: round(b.precision, 4),
      recall: round(b.recall, 4),
      tau: F_SCORE_TAU,
      samples: candidate.samples.length / 3,
      orientation: b.index,
      orientations_measured: Math.min(plausible.length, keep),
    },
  };
}

/** Fast mode's IoU: lines across the common extent of both shapes, the candidate turned by `m`. */
export function estimatedIoU(candidate: NormalisedShape, reference: NormalisedShape, m: number[]): number {
  if (!candidate.inside || !reference.inside) return 0;
  // Both shapes are centred on the origin: the lines span the larger of their extents.
  const half = [0, 1, 2].map((r) => Math.max(Math.abs(m[3 * r]) * candidate.extents[0] + Math.abs(m[3 * r + 1]) * candidate.extents[1] + Math.abs(m[3 * r + 2]) * candidate.extents[2], reference.extents[r]) / 2);
  return sampledIoU(candidate.inside, reference.inside, m, half, IOU_LINE_GRID);
}

/** Full mode's IoU: the exact manifold-3d intersection, the candidate turned by `m`. */
export function volumetricIoU(candidate: Manifold | null, reference: Manifold | null, m: number[]): number {
  if (!candidate || !reference) return 0;
  const matrix = [m[0], m[3], m[6], 0, m[1], m[4], m[7], 0, m[2], m[5], m[8], 0, 0, 0, 0, 1] as Parameters<Manifold["transform"]>[0];
  const turned = candidate.transform(matrix);
  const both = turned.intersect(reference);
  try {
    const inter = both.volume();
    const union = turned.volume() + reference.volume() - inter;
    return union > 0 ? inter / union : 0;
  } finally {
    both.delete();
    turned.delete();
  }
}
