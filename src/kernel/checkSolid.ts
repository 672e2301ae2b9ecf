import * as replicad from "replicad";
import type { Kernel } from "./loadKernel";
import { BuildError } from "./failure";
import type { BuiltPart } from "./normaliseResult";

/** Past a kilometre a part is no real part: the kernel's sign of a shape it could not bound. */
const MAX_EXTENT_MM = 1e6;

export function checkSolid(part: BuiltPart, kernel: Kernel): void {
  let volume: number;
  let bounds: number[][];
  try {
    volume = replicad.measureVolume(part.shape);
    bounds = part.shape.boundingBox.bounds as unknown as number[][];
  } catch (error) {
    throw new BuildError({
      class: "empty_shape",
      message: `part "${part.name}" cannot be measured (${describeKernelError(error, kernel)}): it holds no solid, e.g. a cut removed everything`,
    });
  }
  if (!bounds.flat().every(Number.isFinite) || !Number.isFinite(volume)) {
    throw new BuildError({ class: "empty_shape", message: `part "${part.name}" has NaN or infinite dimensions` });
  }
  // OpenCascade's box of a shape it cannot bound is +-2e100: a boolean that failed without saying so.
  const extent = Math.max(...bounds[1].map((v, k) => v - bounds[0][k]));
  if (extent > MAX_EXTENT_MM) {
    throw new BuildError({
      class: "degenerate_shape",
      message: `part "${part.name}" is unbounded (its box spans ${extent.toExponential(1)} mm): a boolean that built it failed silently; fuse the pieces in one call or let them overlap`,
    });
  }
  if (volume < -1e-9) {
    throw new BuildError({ class: "degenerate_shape", message: `part "${part.name}" is inside out (volume ${volume.toFixed(1)} mm3): its faces point inwards` });
  }
  if (Math.abs(volume) < 1e-9) {
    throw new BuildError({ class: "empty_shape", message: `part "${part.name}" has zero volume: it is not a closed solid` });
  }
  part.measured = { volume, bounds: bounds as NonNullable<BuiltPart["measured"]>["bounds"] };
}

/** A JS error's message, or a WASM exception decoded by the kernel (its raw form prints as "[object ...]"). */
function describeKernelError(error: unknown, kernel: Kernel): string {
  if (error instanceof Error) return error.message;
  try {
    const [type, message] = kernel.oc.getExceptionMessage(error);
    return [type, message].filter(Boolean).join(": ") || "kernel exception";
  } catch {
    return "kernel exception";
  }
}
