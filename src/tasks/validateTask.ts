import { CHECKLIST_KINDS, PART_SHAPES, type Axis, type PartShape, type ChecklistItem, type Count, type MemberProbe, type Range, type Region } from "./checklist";
import type { Envelope, TaskLevel } from "./types";

/** One problem in a task file: which field, what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** task.json as written on disk (snake_case: the same files feed Python pipelines). */
export interface TaskFile {
  id: string;
  level: TaskLevel;
  family: string;
  prompt: string;
  /** Envelope [x, y, z] in mm, Z up. */
  bbox_mm: [number, number, number];
  /** Solid count the finished model should have; null or absent when the task does not care. */
  expected_components?: { min: number; max: number } | null;
  checklist: ChecklistItem[];
}

/** trajectory.json: the steps of a repair, each naming its code file in the task folder. */
export interface TrajectoryFile {
  steps: { label: string; rationale: string; builds: boolean; file: string }[];
}

const LEVELS: readonly TaskLevel[] = ["easy", "medium", "hard"];
const AXES: readonly Axis[] = ["x", "y", "z"];
const ID = /^[a-z0-9][a-z0-9_]*$/;

/**
 * Checks task.json field by field. Returns the typed file when valid, and every problem found
 * (not only the first), each naming its field as a path such as `checklist[2].diameter_mm`.
 */
export function validateTaskFile(value: unknown, folderId: string): { task: TaskFile | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const p = new Problems(problems);
  if (!isObject(value)) {
    p.add("", "task.json must hold a JSON object");
    return { task: null, problems };
  }
  if (p.string(value, "id") && value.id !== folderId) p.add("id", `is "${value.id}" but the folder is "${folderId}"`);
  if (typeof value.id === "string" && !ID.test(value.id)) p.add("id", "must be lower-case letters, digits and underscores");
  if (!LEVELS.includes(value.level as TaskLevel)) p.add("level", `must be one of ${LEVELS.join(", ")}`);
  p.string(value, "family");
  p.string(value, "prompt");
  const bbox = value.bbox_mm;
  if (!Array.isArray(bbox) || bbox.length !== 3 || !bbox.every((n) => typeof n === "number" && Number.isFinite(n) && n > 0)) {
    p.add("bbox_mm", "must be [x, y, z], three positive numbers in mm");
  }
  if (value.expected_components !== undefined && value.expected_components !== null) {
    p.countRange(value.expected_components, "expected_components", 1);
  }
  if (!Array.isArray(value.checklist) || value.checklist.length === 0) {
    p.add("checklist", "must be a non-empty array of checklist items");
  } else {
    const ids = new Set<string>();
    const partNames = new Set<string>();
    value.checklist.forEach((item) => {
      if (isObject(item) && item.kind === "part" && typeof item.name === "string") partNames.add(item.name);
    });
    value.checklist.forEach((item, i) => validateItem(item, `checklist[${i}]`, p, ids, partNames));
  }
  return { task: problems.length === 0 ? (value as unknown as TaskFile) : null, problems };
}

function validateItem(item: unknown, at: string, p: Problems, ids: Set<string>, partNames: Set<string>): void {
  if (!isObject(item)) return p.add(at, "must be an object");
  if (p.string(item, "id", at)) {
    if (ids.has(item.id as string)) p.add(`${at}.id`, `"${item.id}" is used by another item`);
    ids.add(item.id as string);
  }
  p.string(item, "label", at);
  if (item.weight !== undefined) p.number(item, "weight", at, 0, 100);
  if (item.part !== undefined && (typeof item.part !== "string" || !partNames.has(item.part))) {
    p.add(`${at}.part`, `must name a "part" item of this checklist (${[...partNames].join(", ") || "there is none"})`);
  }
  switch (item.kind) {
    case "part":
      p.string(item, "name", at);
      if (item.aliases !== undefined && !(Array.isArray(item.aliases) && item.aliases.every((a) => typeof a === "string" && a.trim()))) {
        p.add(`${at}.aliases`, "must be an array of non-empty strings");
      }
      p.number(item, "min_volume_share", at, 0, 1);
      if (item.max_volume_share !== undefined && p.number(item, "max_volume_share", at, 0, 1) && typeof item.min_volume_share === "number" && (item.max_volume_share as number) < item.min_volume_share) {
        p.add(`${at}.max_volume_share`, `must be at least min_volume_share (${item.min_volume_share})`);
      }
      if (item.min_size !== undefined) p.axisMap(item.min_size, `${at}.min_size`, (v, f) => p.fraction(v, f));
      if (item.center_in !== undefined) p.region(item.center_in, `${at}.center_in`);
      if (item.shape !== undefined) p.partShape(item.shape, `${at}.shape`);
      return;
    case "through_holes":
      p.count(item.count, `${at}.count`);
      p.range(item.diameter_mm, `${at}.diameter_mm`, 0, Infinity);
      if (item.axis !== undefined) p.axis(item.axis, `${at}.axis`);
      if (item.through !== undefined && typeof item.through !== "boolean") p.add(`${at}.through`, "must be true or false");
      if (item.countersunk !== undefined && typeof item.countersunk !== "boolean") p.add(`${at}.countersunk`, "must be true or false");
      return;
    case "rotational_symmetry":
      if (!Number.isInteger(item.order) || (item.order as number) < 2) p.add(`${at}.order`, "must be an integer of at least 2");
      p.axis(item.axis, `${at}.axis`);
      return;
    case "repeated_members":
      p.string(item, "member", at);
      p.count(item.count, `${at}.count`);
      p.probe(item.probe, `${at}.probe`);
      if (item.min_member_share !== undefined) p.number(item, "min_member_share", at, 0, 1);
      return;
    case "fits_envelope":
      if (item.tolerance !== undefined) p.number(item, "tolerance", at, 0, 1);
      if (item.min_fill !== undefined) p.number(item, "min_fill", at, 0, 1);
      return;
    case "keeps_clear":
      p.region(item.region, `${at}.region`);
      if (isObject(item.region) && !AXES.every((a) => a in (item.region as object))) p.add(`${at}.region`, "must give x, y and z");
      if (item.max_fill !== undefined) p.number(item, "max_fill", at, 0, 1);
      return;
    case "recesses":
      if (item.part === undefined) p.add(`${at}.part`, "must name the part item whose face is recessed");
      if (!isObject(item.face)) p.add(`${at}.face`, 'must be { "axis": "x" | "y" | "z", "side": "min" | "max" }');
      else {
        p.axis(item.face.axis, `${at}.face.axis`);
        if (item.face.side !== "min" && item.face.side !== "max") p.add(`${at}.face.side`, 'must be "min" or "max"');
      }
      p.count(item.count, `${at}.count`);
      if (item.depth_mm !== undefined) p.number(item, "depth_mm", at, 0, 1000);
      return;
    case "openings":
      if (item.part === undefined) p.add(`${at}.part`, "must name the part item the openings go through");
      p.count(item.count, `${at}.count`);
      return;
    case "upturn":
      if (item.part === undefined) p.add(`${at}.part`, "must name the part item that turns back up");
      p.axis(item.outward, `${at}.outward`);
      if (item.min_rise !== undefined) p.number(item, "min_rise", at, 0, 1);
      return;
    case "foot_notch":
      if (item.part === undefined) p.add(`${at}.part`, "must name the part item whose wall has the notch");
      if (item.max_height !== undefined) p.number(item, "max_height", at, 0, 0.7);
      return;
    default:
      p.add(`${at}.kind`, `must be one of ${CHECKLIST_KINDS.join(", ")}`);
  }
}

export function validateTrajectoryFile(value: unknown): { trajectory: TrajectoryFile | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const p = new Problems(problems);
  if (!isObject(value) || !Array.isArray(value.steps)) {
    p.add("steps", "trajectory.json must be an object with a `steps` array");
    return { trajectory: null, problems };
  }
  value.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (!isObject(step)) return p.add(at, "must be an object");
    p.string(step, "label", at);
    p.string(step, "rationale", at);
    if (typeof step.builds !== "boolean") p.add(`${at}.builds`, "must be true or false");
    if (p.string(step, "file", at) && !/^[\w.-]+\.(js|ts)$/.test(step.file as string)) {
      p.add(`${at}.file`, "must be a .js or .ts file name inside the task folder");
    }
  });
  return { trajectory: problems.length === 0 ? (value as unknown as TrajectoryFile) : null, problems };
}

export function envelopeOf(task: TaskFile): Envelope {
  const [x, y, z] = task.bbox_mm;
  return { x, y, z };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Problems {
  constructor(private readonly list: FieldProblem[]) {}

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  string(obj: Record<string, unknown>, key: string, at = ""): boolean {
    const ok = typeof obj[key] === "string" && (obj[key] as string).trim() !== "";
    if (!ok) this.add(join(at, key), "must be a non-empty string");
    return ok;
  }

  number(obj: Record<string, unknown>, key: string, at: string, min: number, max: number): boolean {
    const v = obj[key];
    const ok = typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
    if (!ok) this.add(join(at, key), `must be a number in [${min}, ${max}]`);
    return ok;
  }

  fraction(v: unknown, field: string): void {
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) this.add(field, "must be a fraction in [0, 1]");
  }

  axis(v: unknown, field: string): void {
    if (!AXES.includes(v as Axis)) this.add(field, 'must be "x", "y" or "z"');
  }

  range(v: unknown, field: string, min: number, max: number): v is Range {
    const ok = Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number" && n >= min && n <= max) && v[0] <= v[1];
    if (!ok) this.add(field, `must be [min, max] with ${min} <= min <= max${Number.isFinite(max) ? ` <= ${max}` : ""}`);
    return ok;
  }

  countRange(v: unknown, field: string, least: number): void {
    const ok = isObject(v) && Number.isInteger(v.min) && Number.isInteger(v.max) && (v.min as number) >= least && (v.min as number) <= (v.max as number);
    if (!ok) this.add(field, `must be { "min": integer, "max": integer } with ${least} <= min <= max`);
  }

  count(v: unknown, field: string): v is Count {
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 1) this.add(field, "must be a positive integer or { min, max }");
      return true;
    }
    this.countRange(v, field, 0);
    return true;
  }

  axisMap(v: unknown, field: string, check: (value: unknown, field: string) => void): void {
    if (!isObject(v)) return this.add(field, "must be an object with x, y and/or z");
    for (const [key, value] of Object.entries(v)) {
      if (!AXES.includes(key as Axis)) this.add(`${field}.${key}`, 'is not an axis: use "x", "y" or "z"');
      else check(value, `${field}.${key}`);
    }
  }

  region(v: unknown, field: string): asserts v is Region {
    this.axisMap(v, field, (value, f) => this.range(value, f, 0, 1));
  }

  partShape(v: unknown, field: string): asserts v is PartShape {
    if (!isObject(v)) return this.add(field, "must be an object");
    if (!PART_SHAPES.includes(v.kind as PartShape["kind"])) this.add(`${field}.kind`, `must be one of ${PART_SHAPES.join(", ")}`);
    if (v.axes !== undefined) {
      if (!Array.isArray(v.axes) || v.axes.length === 0) this.add(`${field}.axes`, 'must be a non-empty array of "x", "y" or "z"');
      else v.axes.forEach((a, i) => this.axis(a, `${field}.axes[${i}]`));
    }
    if (v.max_ratio !== undefined) this.number(v, "max_ratio", field, 0, 1);
    if (v.min_ratio !== undefined) this.number(v, "min_ratio", field, 1, 100);
    if (v.max_fill !== undefined) this.number(v, "max_fill", field, 0, 1);
  }

  probe(v: unknown, field: string): asserts v is MemberProbe {
    if (!isObject(v)) return this.add(field, "must be an object");
    this.axis(v.axis, `${field}.axis`);
    if (v.shape === "annulus") {
      this.range(v.radius, `${field}.radius`, 0, 2);
      if (v.span !== undefined) this.range(v.span, `${field}.span`, 0, 1);
    } else if (v.shape === "slab") {
      this.range(v.span, `${field}.span`, 0, 1);
    } else {
      this.add(`${field}.shape`, 'must be "annulus" or "slab"');
    }
  }
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}
