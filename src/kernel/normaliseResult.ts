import type { Shape3D } from "replicad";
import { BuildError } from "./failure";
import { describe } from "./compileUserCode";
import { nonSolidShapes, shapesBounds, type NonSolidItem } from "./nonSolid";

/** One named solid of a built model. Names reach the viewer, the exporters and the scorer. */
export interface BuiltPart {
  name: string;
  color: string | null;
  shape: Shape3D;
  /** Volume (mm3) and exact bounding box the build measured to check the solid, kept for the scorer. */
  measured?: { volume: number; bounds: [[number, number, number], [number, number, number]] };
}

/** What `main` returned: the solids, scored, and what is drawn beside them but not scored. */
export interface NormalisedResult {
  parts: BuiltPart[];
  nonSolids: NonSolidItem[];
}

type ShapeCheck = (value: unknown) => value is Shape3D;

/**
 * Accepts what replicad's studio accepts from `main`: a shape, a drawing or a sketch, an array of
 * them, or an array of `{ shape, name?, color? }`. A 3D shape that holds a solid is a part; a
 * drawing, sketch, face, wire, edge or a 3D shape without a solid is a non-solid, drawn but not
 * scored. Unnamed items are numbered (non-solids by their kind); repeated names get a suffix, over
 * parts and non-solids together, so every item stays addressable by name. Runs inside the build's
 * scope, since drawings are sketched here.
 */
export function normaliseResult(value: unknown, isShape3D: ShapeCheck): NormalisedResult {
  const items = Array.isArray(value) ? value.flat() : [value];
  if (items.length === 0) throw new BuildError({ class: "empty_shape", message: "main returned an empty array: return at least one solid" });

  const parts: BuiltPart[] = [];
  const nonSolids: NonSolidItem[] = [];
  const seen = new Map<string, number>();
  const uniqueName = (base: string) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  };
  items.forEach((item, index) => {
    const label = items.length === 1 ? "main's return value" : `item ${index} of main's returned array`;
    let shape: unknown = item;
    let name: unknown = undefined;
    let color: unknown = undefined;
    if (item && typeof item === "object" && !isShape3D(item) && "shape" in item) {
      ({ shape, name, color } = item as { shape: unknown; name?: unknown; color?: unknown });
    }
    if (name !== undefined && typeof name !== "string") {
      throw new BuildError({ class: "invalid_return", message: `${label} has a name that is ${describe(name)}, not a string` });
    }
    const given = (name as string | undefined)?.trim();
    const nonSolid = nonSolidOf(shape, label);
    if (nonSolid) {
      const base = given || (items.length === 1 ? nonSolid.kind : `${nonSolid.kind} ${index + 1}`);
      nonSolids.push({ name: uniqueName(base), color: typeof color === "string" ? color : null, ...nonSolid });
      return;
    }
    if (!isShape3D(shape)) {
      throw new BuildError({ class: "invalid_return", message: `${label} is ${describe(shape)}, not a shape, drawing or sketch` });
    }
    const base = given || (items.length === 1 ? "model" : `part ${index + 1}`);
    parts.push({ name: uniqueName(base), color: typeof color === "string" ? color : null, shape });
  });
  return { parts, nonSolids };
}

/** The non-solid a value is, measured; null when it is to be checked as a solid. */
function nonSolidOf(value: unknown, label: string): Omit<NonSolidItem, "name" | "color"> | null {
  let found: ReturnType<typeof nonSolidShapes>;
  try {
    found = nonSolidShapes(value);
  } catch (error) {
    throw new BuildError({ class: "invalid_return", message: `${label} is a drawing that cannot be laid on the XY plane to be drawn (${(error as Error)?.message ?? error})` });
  }
  if (!found) return null;
  const what = `${label} (${found.kind})`;
  if (found.shapes.length === 0) throw new BuildError({ class: "empty_shape", message: `${what} is empty: it has nothing to draw` });
  const bounds = shapesBounds(found.shapes);
  if (!bounds.flat().every(Number.isFinite)) throw new BuildError({ class: "empty_shape", message: `${what} has NaN or infinite dimensions` });
  return { ...found, bounds };
}
