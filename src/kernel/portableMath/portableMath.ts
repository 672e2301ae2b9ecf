import { cbrt, exp, expm1, log, log10, log1p, log2 } from "./exponential";
import { acosh, asinh, atanh, cosh, sinh, tanh } from "./hyperbolic";
import { pow } from "./power";
import { acos, asin, atan, atan2, cos, sin, tan } from "./trigonometric";

/**
 * The Math functions whose last bits differ between JavaScript engines (Node 20's V8 and
 * Chromium's disagree on 16 of 19 measured), replaced by ones written in basic arithmetic, which
 * every engine rounds the same. With them installed, the same candidate makes the same geometry,
 * and gets the same score, in the page and in Node. sqrt, hypot, the roundings, min, max, abs and
 * the rest are exact by the standard and stay native.
 */
export const PORTABLE_MATH = {
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  atan2,
  sinh,
  cosh,
  tanh,
  asinh,
  acosh,
  atanh,
  exp,
  expm1,
  log,
  log1p,
  log2,
  log10,
  cbrt,
  pow,
} as const;

/**
 * Puts the portable functions on this realm's `Math`, once, before any candidate or replicad code
 * runs. They keep the built-ins' names, lengths and property attributes.
 */
export function installPortableMath(): void {
  for (const [name, fn] of Object.entries(PORTABLE_MATH)) {
    if (Math[name as keyof typeof PORTABLE_MATH] === fn) continue;
    Object.defineProperty(fn, "name", { value: name });
    Object.defineProperty(Math, name, { value: fn, writable: true, enumerable: false, configurable: true });
  }
}
