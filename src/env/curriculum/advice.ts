import type { RepairClass } from "./classify";

/** Fixed repair instructions, one per class: what usually causes it and what to change. */
export const ADVICE: Record<RepairClass, string> = {
  syntax:
    "The code does not parse. Check the line and column in the error, close every bracket, brace and string, " +
    "and make sure the file is complete: an answer cut off mid-file fails here. Return the whole file.",
  missing_main:
    "Nothing to run: define `const main = () => { ... }` (script form, `replicad` is in scope) or " +
    "`export default function main() { ... }` (module form), and make it return the model.",
  invalid_return:
    "main() must return a solid shape, or an array of parts `{ shape, name, color? }` whose shapes are solids. " +
    "Return the finished solids, not a sketch, a drawing, a number or undefined.",
  undefined_name:
    "A name is used that is never defined. Destructure every replicad function you call from `replicad` " +
    "(`const { makeCylinder, makeBaseBox } = replicad;`) and declare every variable and parameter before use.",
  invented_api:
    "A function or method that replicad does not have was called. Use only replicad's API " +
    "(drawing functions, sketchOnPlane, extrude, revolve, fuse, cut, fillet, chamfer, translate, rotate, mirror) " +
    "and check the argument order of the call named in the error.",
  kernel_error:
    "OpenCascade could not do the operation named in the error. Usual causes: a fillet or chamfer larger than " +
    "the edge it rounds, a boolean between shapes that only touch on a face, a sketch that is not closed. " +
    "Shrink the radius, overlap the shapes slightly, or build the feature another way.",
  timeout:
    "The build used up its work budget (or, rarely, the wall-clock backstop). Avoid loops that never end, very " +
    "large counts of features and booleans inside nested loops; fuse repeated members once, then cut once.",
  empty_shape:
    "The result has no volume (empty, degenerate or not finite). Check that every size is positive, that a cut " +
    "does not remove the whole body, and that parameters are numbers, not undefined.",
  degenerate_shape:
    "A part came out as a broken solid: unbounded, inside out or not finite, usually from a boolean that failed " +
    "silently (fusing many pieces one by one onto a shared body, or pieces that only touch along an edge). Fuse the " +
    "pieces in one call, let them overlap a little, or build the profile as one sketch and extrude it.",
  out_of_memory:
    "The build ran out of memory. Reduce feature counts and mesh-heavy operations, and do not keep large arrays " +
    "of intermediate shapes.",
  disconnected:
    "Part of the material floats: the notes name the part and the gap in mm. Move or extend it until it touches " +
    "the body it belongs to (touching or slightly overlapping), or fuse it into that body.",
  weak_semantics:
    "The model builds but is not yet the object asked for: the notes list the checklist items it misses. Add the " +
    "missing parts at the size, position and shape the task asks (parts are recognised by their geometry, not " +
    "their names), and the features it counts (holes, repeated members, symmetry), within the envelope.",
  weak_editability:
    "The geometry is hard to change: put the main dimensions in `defaultParams` and read them in main(), replace " +
    "bare numbers in calls with named values, move repeated construction into a helper function, and use loops for " +
    "repeated members instead of copies.",
};
