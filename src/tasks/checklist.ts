/**
 * The declarative vocabulary a task uses to say what its model must contain. Every item is checked
 * on the built geometry; none reads the source text. A part's name only breaks a tie between
 * parts its geometry finds equally fit for a role, so naming a box "wheel" earns nothing.
 *
 * Positions and sizes are fractions of the model's own bounding box (0 = low side, 1 = high side
 * along that axis), so a model placed anywhere in space is judged the same way. Axes are the
 * task's: Z up.
 */

export type Axis = "x" | "y" | "z";

/** Inclusive [min, max]. */
export type Range = [number, number];

/** An exact number, or an inclusive range. */
export type Count = number | { min: number; max: number };

/** A box inside the model's bounding box, in fractions per axis; an axis left out is unconstrained. */
export type Region = Partial<Record<Axis, Range>>;

interface ItemBase {
  /** Unique within the task; notes and the UI's checklist use it. */
  id: string;
  /** What a person reads: "four mounting holes in the top plate". */
  label: string;
  /** Relative weight inside semantic_parts; 1 when left out. */
  weight?: number;
}

/**
 * What a part looks like, measured on each solid that plays the role:
 * - `plate`: thin, its smallest extent at most `max_ratio` (default 0.3) of its middle one;
 * - `bar`: slender, its largest extent at least `min_ratio` (default 2.5) times its middle one;
 * - `round`: turned about an axis, its two extents across that axis equal within 10 % and no
 *   point of its surface beyond the circle they span (a square section reaches 1.41 times out);
 *   or mostly one cylinder about such an axis with something fused to its side (a hinge barrel
 *   and its leaf);
 * - `ring`: turned about an axis (the first test above), with its centre line clear of material (a wheel's bore, a stator's opening);
 * - `open`: bent, framed or arched, filling at most `max_fill` (default 0.5) of its own box: a
 *   U-fork, an X of bars, a J-hook, an arched grip, not a block.
 * `axes` lists the axes allowed (a plate's thin direction, a bar's long one, a round part's
 * turning axis); any axis when left out.
 */
export type PartShape =
  | { kind: "plate"; axes?: Axis[]; max_ratio?: number }
  | { kind: "open"; max_fill?: number }
  | { kind: "bar"; axes?: Axis[]; min_ratio?: number }
  | { kind: "round"; axes?: Axis[] }
  | { kind: "ring"; axes?: Axis[] };

export const PART_SHAPES: readonly PartShape["kind"][] = ["plate", "bar", "round", "ring", "open"];

/**
 * A role the model must fill: a wheel, the legs, a mounting plate. The scorer finds the parts
 * that play it by geometry (where they are, how big, what shape); names only break ties. The
 * role holds when its parts together have at least `min_volume_share` of the model's volume (and
 * at most `max_volume_share`, for a part the task calls small: a rib, a stop),
 * span at least `min_size` of the model's extent along the given axes, have their bounding-box
 * centre inside `center_in`, and each have the `shape` asked for.
 */
export interface PartItem extends ItemBase {
  kind: "part";
  name: string;
  aliases?: string[];
  min_volume_share: number;
  max_volume_share?: number;
  min_size?: Partial<Record<Axis, number>>;
  center_in?: Region;
  shape?: PartShape;
}

/**
 * Holes that go right through material: a cylindrical wall whose axis line clears the solid from
 * end to end. `part` restricts the search to the parts matching that `part` item's name/aliases.
 */
export interface ThroughHolesItem extends ItemBase {
  kind: "through_holes";
  count: Count;
  diameter_mm: Range;
  /** Direction of the holes; any direction when left out. */
  axis?: Axis;
  /**
   * False when a blind hole serves as well (a tapped hole up a post for a screw from the other
   * side): then any hole whose wall closes its circle counts. Default true: right through.
   */
  through?: boolean;
  /** True when each hole must open into a countersink: a cone about its axis, facing it. */
  countersunk?: boolean;
  part?: string;
}

/**
 * The surface maps onto itself when turned by 360/order degrees about an axis through the bounding
 * box centre, and does not when turned by 360/(2*order) or 360/(3*order): a plain disk or a
 * cylinder (symmetric at every angle) does not satisfy an order-12 item.
 */
export interface RotationalSymmetryItem extends ItemBase {
  kind: "rotational_symmetry";
  order: number;
  axis: Axis;
  part?: string;
}

/**
 * Where repeated members are counted: the material inside this probe splits into one connected
 * piece per member. `annulus`: radii as fractions of half the largest extent across the axis,
 * measured from the bounding-box centre; `span` limits it along the axis. `slab`: a layer across
 * the axis between the two fractions.
 */
export type MemberProbe =
  | { shape: "annulus"; axis: Axis; radius: Range; span?: Range }
  | { shape: "slab"; axis: Axis; span: Range };

/** Legs, teeth, arms, spokes, fins: counted as separate pieces of material inside a probe region. */
export interface RepeatedMembersItem extends ItemBase {
  kind: "repeated_members";
  /** Singular noun used in notes: "tooth", "leg". */
  member: string;
  count: Count;
  probe: MemberProbe;
  part?: string;
  /** Pieces smaller than this share of the largest piece are slivers, not members. Default 0.2. */
  min_member_share?: number;
}

/**
 * The model's extents fit the task's envelope (within `tolerance`, default 0.01) and fill it: the
 * largest extent is at least `min_fill` (default 0.6) of the envelope's along the same axis. X and
 * Y may be swapped: turning a part about the vertical axis does not change what it is.
 */
export interface FitsEnvelopeItem extends ItemBase {
  kind: "fits_envelope";
  tolerance?: number;
  min_fill?: number;
}

/**
 * Room the object must leave empty for what it holds: the pipe's passage under a saddle, the
 * bottle's place in a cage. `region` is a box in fractions of the model's own box, every axis
 * given; at most `max_fill` (default 0.05) of it may be material. A block in the envelope fills it.
 */
export interface KeepsClearItem extends ItemBase {
  kind: "keeps_clear";
  region: Required<Region>;
  max_fill?: number;
}

/**
 * Grooves, slots, vents or raised ribs in one face of a role's parts: the section of each part
 * `depth_mm` (default 0.3) inside its outermost face on that side has more outlines than a plain
 * face gives. A groove running off the edge splits the section, one bordered all round holes it;
 * each counts once. Every part of the role must show `count`.
 */
export interface RecessesItem extends ItemBase {
  kind: "recesses";
  part: string;
  /** The face's outward direction: the top of a step board is `{ axis: "z", side: "max" }`. */
  face: { axis: Axis; side: "min" | "max" };
  count: Count;
  depth_mm?: number;
}

/**
 * Openings right through a role's parts, of any outline (slots, vents, windows, holes): the
 * handles of each part's closed surface (its genus), added over the parts. A slot cut part way
 * in is no opening; a bolt hole is one.
 */
export interface OpeningsItem extends ItemBase {
  kind: "openings";
  part: string;
  count: Count;
}

/**
 * A hook's tip: past the lowest point of the role's material, further along `outward` (away from
 * the wall), the material climbs again by at least `min_rise` (default 0.12) of the model's height.
 */
export interface UpturnItem extends ItemBase {
  kind: "upturn";
  part: string;
  outward: Axis;
  min_rise?: number;
}

/**
 * A notch at the foot of a wall of the role (a cable's way out): below `max_height` (default
 * 0.4) of the role's height, a horizontal line out from its middle passes where the same line
 * higher up meets a wall.
 */
export interface FootNotchItem extends ItemBase {
  kind: "foot_notch";
  part: string;
  max_height?: number;
}

export type ChecklistItem = PartItem | ThroughHolesItem | RotationalSymmetryItem | RepeatedMembersItem | FitsEnvelopeItem | KeepsClearItem | RecessesItem | OpeningsItem | UpturnItem | FootNotchItem;

export type ChecklistKind = ChecklistItem["kind"];

export const CHECKLIST_KINDS: readonly ChecklistKind[] = ["part", "through_holes", "rotational_symmetry", "repeated_members", "fits_envelope", "keeps_clear", "recesses", "openings", "upturn", "foot_notch"];

export function countRange(count: Count): { min: number; max: number } {
  return typeof count === "number" ? { min: count, max: count } : count;
}

export function describeCount(count: Count): string {
  const { min, max } = countRange(count);
  return min === max ? String(min) : max >= Number.MAX_SAFE_INTEGER ? `at least ${min}` : `${min} to ${max}`;
}

/** Words that say which one of several, not what a part is. */
const SIDE_WORDS = new Set(["left", "right", "front", "back", "rear", "side", "top", "bottom", "upper", "lower", "inner", "outer", "centre", "center", "middle", "l", "r", "a", "b"]);

/** One word in its singular form: "legs" and "leg", "leaves" and "leaf", "bosses" and "boss". */
function singular(word: string): string {
  if (word.endsWith("ves") && word.length > 4) return `${word.slice(0, -3)}f`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * The words of a name, lower-case and singular, without numbers: "Mounting_Plate",
 * "mountingPlates" and "mounting plate 2" give the same words.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map(singular);
}

/**
 * How well a built part's name says it plays this role, in [0, 1]: 1 when it holds every word of
 * the role's name or an alias (in any order, with numbers and other words around them), 0.5 when
 * it holds all but the side words ("left ear" for "side ear"), else 0. Only breaks ties between
 * parts the geometry finds equally fit.
 */
export function nameAffinity(item: Pick<PartItem, "name" | "aliases">, partName: string): number {
  const got = new Set(nameWords(partName));
  let best = 0;
  for (const name of [item.name, ...(item.aliases ?? [])]) {
    const words = nameWords(name);
    const core = words.filter((w) => !SIDE_WORDS.has(w));
    if (words.length > 0 && words.every((w) => got.has(w))) return 1;
    if (core.length > 0 && core.every((w) => got.has(w))) best = 0.5;
  }
  return best;
}
