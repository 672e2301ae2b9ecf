import type { BuildFailure } from "../model/buildFailure";
import type { NonSolidKind } from "../model/nonSolidMesh";

type Named = { name: string; kind: NonSolidKind };

/** Kinds that are 3D shapes holding no solid, as opposed to drawings and lines. */
const HOLLOW_KINDS: ReadonlySet<NonSolidKind> = new Set(["shell", "compound"]);

/** `drawing "outline", wire "path" and face "lid"`: each item by its kind and name. */
export function listNonSolids(items: Named[]): string {
  const each = items.map((item) => `${item.kind} "${item.name}"`);
  return each.length < 2 ? each.join("") : `${each.slice(0, -1).join(", ")} and ${each[each.length - 1]}`;
}

/** The note for a model that has solids and shows more beside them. */
export function nonSolidNote(items: Named[]): string {
  return `shown, not scored: ${listNonSolids(items)}; only solids are scored, and only they are exported`;
}

/**
 * The failure of a model that returned no solid at all: it is drawn, but there is nothing to
 * score. 3D shapes without a solid (a shell, a compound of faces) are `empty_shape`, as a solid
 * that holds nothing is; anything else (drawings, sketches, faces, wires, edges) is not the 3D
 * solid `main` must return, `invalid_return`.
 */
export function noSolidFailure(items: Named[]): BuildFailure {
  const hollow = items.every((item) => HOLLOW_KINDS.has(item.kind));
  const fix = hollow
    ? "close a shell into a solid (makeSolid) or build the part as a solid"
    : "extrude or revolve a drawing or sketch (sketchOnPlane first for a drawing), or build the part as a solid";
  return {
    class: hollow ? "empty_shape" : "invalid_return",
    message: `main returned no solid, only ${listNonSolids(items)}: they are shown, but only solids are scored; ${fix}`,
    line: null,
    column: null,
    operation: null,
  };
}
