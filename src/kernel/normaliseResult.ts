import type { Shape3D } from "replicad";
import { BuildError } from "./failure";
import { describe } from "./compileUserCode";

/** One named solid of a built model. Names reach the viewer, the exporters and the scorer. */
export interface BuiltPart {
  name: string;
  color: string | null;
  shape: Shape3D;
  /** Volume (mm3) and exact bounding box the build measured to check the solid, kept for the scorer. */
  measured?: { volume: number; bounds: [[number, number, number], [number, number, number]] };
}

type ShapeCheck = (value: unknown) => value is Shape3D;

/**
 * Accepts what replicad's studio accepts from `main`: a shape, an array of shapes, or an array of
 * `{ shape, name?, color? }`. Unnamed parts are numbered; repeated names get a suffix so every
 * part stays addressable by name.
 */
export function normaliseResult(value: unknown, isShape3D: ShapeCheck): BuiltPart[] {
  const items = Array.isArray(value) ? value.flat() : [value];
  if (items.length === 0) throw new BuildError({ class: "empty_shape", message: "main returned an empty array: return at least one solid" });

  const parts: BuiltPart[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const label = items.length === 1 ? "main's return value" : `item ${index} of main's returned array`;
    let shape: unknown = item;
    let name: unknown = undefined;
    let color: unknown = undefined;
    if (item && typeof item === "object" && !isShape3D(item) && "shape" in item) {
      ({ shape, name, color } = item as { shape: unknown; name?: unknown; color?: unknown });
    }
    if (!isShape3D(shape)) {
      const hint = shape && typeof shape === "object" && "sketchOnPlane" in shape
        ? " (a 2D drawing: sketch it on a plane and extrude or revolve it)"
        : shape && typeof shape === "object" && "extrude" in shape
          ? " (a sketch: extrude or revolve it into a solid)"
          : "";
      throw new BuildError({ class: "invalid_return", message: `${label} is ${describe(shape)}, not a 3D shape${hint}` });
    }
    if (name !== undefined && typeof name !== "string") {
      throw new BuildError({ class: "invalid_return", message: `${label} has a name that is ${describe(name)}, not a string` });
    }
    const base = (name as string | undefined)?.trim() || (items.length === 1 ? "model" : `part ${index + 1}`);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    parts.push({
      name: count === 1 ? base : `${base} (${count})`,
      color: typeof color === "string" ? color : null,
      shape,
    });
  });
  return parts;
}
