/**
 * The declarative vocabulary a task uses to say what its model must contain. Every item is checked
 * on the built geometry; none reads the source text. A name matters only for `part` items, and then
 * only together with volume, size and position, so naming a box "wheel" earns nothing.
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
 * A named part of a multi-part model. It counts when a returned part whose name (or an alias)
 * matches holds at least `min_volume_share` of the model's volume, spans at least `min_size` of
 * the model's extent along the given axes, and has its bounding-box centre inside `center_in`.
 */
export interface PartItem extends ItemBase {
  kind: "part";
  name: string;
  aliases?: string[];
  min_volume_share: number;
  min_size?: Partial<Record<Axis, number>>;
  center_in?: Region;
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
 * The model's extents fit the task's envelope (within `tolerance`, default 0.05) and fill it: the
 * largest extent is at least `min_fill` (default 0.6) of the envelope's along the same axis. X and
 * Y may be swapped: turning a part about the vertical axis does not change what it is.
 */
export interface FitsEnvelopeItem extends ItemBase {
  kind: "fits_envelope";
  tolerance?: number;
  min_fill?: number;
}

export type ChecklistItem = PartItem | ThroughHolesItem | RotationalSymmetryItem | RepeatedMembersItem | FitsEnvelopeItem;

export type ChecklistKind = ChecklistItem["kind"];

export const CHECKLIST_KINDS: readonly ChecklistKind[] = ["part", "through_holes", "rotational_symmetry", "repeated_members", "fits_envelope"];

export function countRange(count: Count): { min: number; max: number } {
  return typeof count === "number" ? { min: count, max: count } : count;
}

export function describeCount(count: Count): string {
  const { min, max } = countRange(count);
  return min === max ? String(min) : max >= Number.MAX_SAFE_INTEGER ? `at least ${min}` : `${min} to ${max}`;
}

/** Lower-case words of a name, so "Mounting_Plate", "mounting plate" and "mountingPlate" match. */
export function nameTokens(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/\(\d+\)$/, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(" ");
}

/** Whether a built part's name is this part item's name or one of its aliases. */
export function partNameMatches(item: Pick<PartItem, "name" | "aliases">, partName: string): boolean {
  const got = nameTokens(partName);
  return [item.name, ...(item.aliases ?? [])].some((n) => nameTokens(n) === got);
}
