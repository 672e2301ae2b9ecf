import { LN2_NEAREST } from "./constants";
import { exp, expm1, log, log1p } from "./exponential";

/**
 * sinh, cosh, tanh and their inverses from the portable exp and log, by the identities that keep
 * precision near zero (through expm1 and log1p). Bit-for-bit the same in every engine.
 */

const TINY = 3.725290298461914e-9; // 2^-28
const LARGE = 22; // beyond it e^-|x| no longer shows next to e^|x|
const HALF_LN2 = 0.5 * LN2_NEAREST;

/** e^a / 2 for a large positive a, without overflowing before the halving. */
function halfExp(a: number): number {
  const w = exp(0.5 * a);
  return 0.5 * w * w;
}

export function sinh(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return x;
  const a = Math.abs(x);
  let r: number;
  if (a < LARGE) {
    const e = expm1(a);
    r = 0.5 * (e + e / (e + 1));
  } else {
    r = halfExp(a);
  }
  return x < 0 ? -r : r;
}

export function cosh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a < TINY) return 1;
  if (a < HALF_LN2) {
    // cosh a = 1 + (e^a - 1)^2 / (2 e^a), exact in its small part.
    const e = expm1(a);
    return 1 + (e * e) / (2 * (1 + e));
  }
  if (a < LARGE) {
    const e = exp(a);
    return 0.5 * e + 0.5 / e;
  }
  return halfExp(a);
}
export function tanh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a < TINY) return x;
  let r: number;
  if (a >= LARGE) r = 1;
  else if (a >= 1) r = 1 - 2 / (expm1(2 * a) + 2);
  else {
    const e = expm1(-2 * a);
    r = -e / (e + 2);
  }
  return x < 0 ? -r : r;
}

const HUGE = 268435456; // 2^28: beyond it sqrt(x^2 + 1) is x to the last bit

export function asinh(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return x;
  const a = Math.abs(x);
  let r: number;
  if (a > HUGE) r = log(a) + LN2_NEAREST;
  else if (a > 2) r = log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  else {
    const t = a * a;
    r = log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -r : r;
}

export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x === Infinity) return Infinity;
  if (x > HUGE) return log(x) + LN2_NEAREST;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return x;
  const a = Math.abs(x);
  const r = a < 0.5 ? 0.5 * log1p(2 * a + (2 * a * a) / (1 - a)) : 0.5 * log1p((2 * a) / (1 - a));
  return x < 0 ? -r : r;
}
