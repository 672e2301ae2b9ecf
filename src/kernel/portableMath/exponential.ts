import { INV_LN10, INV_LN2_HI, INV_LN2_LO, LN2_HI, LN2_LO, LN2_NEAREST, LOG10_2_HI, LOG10_2_LO } from "./constants";
import { inverseFactorial, polynomial } from "./series";
import { exponentOf, scaleByPowerOfTwo, twoProduct, twoSum, withExponent, type DoubleDouble } from "./floatBits";

/**
 * exp, expm1, log, log1p, log2, log10 and cbrt from basic arithmetic only: an argument reduced by
 * powers of two, a Taylor or atanh series on what is left. Within an ulp or two of the engines'
 * own functions, and bit-for-bit the same in every engine.
 */

// e^r - 1 - r = r^2 (1/2! + r (1/3! + ...)); to r^14 errs below 2^-60 for |r| <= ln2/2.
const EXPM1_TAIL = Array.from({ length: 13 }, (_, i) => inverseFactorial(i + 2));

const OVERFLOW = 709.782712893384; // above it e^x is beyond the largest double
const UNDERFLOW = -745.1332191019412; // below it e^x rounds to zero
const HALF_LN2 = 0.34657359027997264;

/** x = k ln 2 + (hi - lo), |hi - lo| <= ln2 / 2 (a little more at the rounding boundary). */
function reduceByLn2(x: number): { k: number; hi: number; lo: number } {
  const k = Math.round(x / LN2_NEAREST);
  return { k, hi: x - k * LN2_HI, lo: k * LN2_LO };
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  if (Math.abs(x) < 3.725290298461914e-9) return 1 + x;
  const { k, hi, lo } = reduceByLn2(x);
  const r = hi - lo;
  // e^r = 1 + (r + r^2 P(r)), the small part summed first; the low part of r corrects it.
  const e = 1 + (hi + (r * r * polynomial(EXPM1_TAIL, r) - lo));
  return k === 0 ? e : scaleByPowerOfTwo(e, k);
}

export function expm1(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOW) return Infinity;
  if (x < -40) return -1;
  if (x === 0) return x;
  if (Math.abs(x) <= HALF_LN2) return x + x * x * polynomial(EXPM1_TAIL, x);
  const { k, hi, lo } = reduceByLn2(x);
  const r = hi - lo;
  const small = (hi + (r * r * polynomial(EXPM1_TAIL, r) - lo));
  if (k > 1023) return Infinity;
  // e^x - 1 = 2^k (1 + small) - 1 = 2^k small + (2^k - 1); 2^k - 1 is exact for |k| <= 53.
  const twoK = scaleByPowerOfTwo(1, k);
  return k <= 53 ? twoK * small + (twoK - 1) : twoK * (1 + small) - 1;
}

// log(1+f) = f - (f^2/2 - s (f^2/2 + R)), s = f / (2 + f), R = 2 (z/3 + z^2/5 + ...), z = s^2:
// to z^12 errs below 2^-60 for |s| <= 0.1716.
const LOG_TAIL = Array.from({ length: 12 }, (_, i) => 2 / (2 * i + 3));

/** log(1 + f) for f in [√2/2 - 1, √2 - 1]. */
function log1pKernel(f: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const halfSquare = 0.5 * f * f;
  return f - (halfSquare - s * (halfSquare + z * polynomial(LOG_TAIL, z)));
}

const SQRT_HALF = 0.7071067811865476;
const SUBNORMAL_SCALE = 18014398509481984; // 2^54

/** x = 2^k (1 + f), f in [√2/2 - 1, √2 - 1), for finite x > 0. */
function splitLog(x: number): { k: number; f: number } {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= SUBNORMAL_SCALE;
    k = -54;
  }
  const e = exponentOf(x);
  let m = withExponent(x, 0);
  k += e;
  if (m > 2 * SQRT_HALF) {
    m /= 2;
    k += 1;
  }
  return { k, f: m - 1 };
}

function logSpecial(x: number): number | null {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  return null;
}

/** log x as a double-double, for pow: about 60 good bits relative to the non-integer part. */
export function logDD(x: number): DoubleDouble {
  const { k, f } = splitLog(x);
  // s = f / (2 + f) in two doubles; 2 + f itself may round, so its error is carried too.
  const u = twoSum(2, f);
  const sHi = f / u.hi;
  const p = twoProduct(sHi, u.hi);
  const sLo = (((f - p.hi) - p.lo) - sHi * u.lo) / u.hi;
  const z = sHi * sHi;
  // log(1 + f) = 2s + 2s^3/3 + ... = 2s + s R(z)
  const tail = 2 * sLo + sHi * (z * polynomial(LOG_TAIL, z));
  const head = twoSum(k * LN2_HI, 2 * sHi);
  const lo = head.lo + (tail + k * LN2_LO);
  const hi = head.hi + lo;
  return { hi, lo: lo - (hi - head.hi) };
}

export function log(x: number): number {
  const special = logSpecial(x);
  if (special !== null) return special;
  if (x === 1) return 0;
  const { k, f } = splitLog(x);
  return k * LN2_HI + (log1pKernel(f) + k * LN2_LO);
}

export function log1p(x: number): number {
  if (Number.isNaN(x) || x < -1) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x > SQRT_HALF - 1 && x < 2 * SQRT_HALF - 1) return log1pKernel(x);
  const u = 1 + x;
  // What rounding 1 + x lost, as a relative correction to log(u).
  const correction = x - (u - 1);
  const { k, f } = splitLog(u);
  return k * LN2_HI + (log1pKernel(f) + (k * LN2_LO + correction / u));
}

export function log2(x: number): number {
  const special = logSpecial(x);
  if (special !== null) return special;
  const { k, f } = splitLog(x);
  const l = log1pKernel(f);
  return k + (l * INV_LN2_HI + l * INV_LN2_LO);
}

const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => {
  let p = 1;
  for (let i = 0; i < n; i++) p *= 10;
  return p;
});

export function log10(x: number): number {
  const special = logSpecial(x);
  if (special !== null) return special;
  const { k, f } = splitLog(x);
  const result = k * LOG10_2_HI + (log1pKernel(f) * INV_LN10 + k * LOG10_2_LO);
  // A power of ten (10^n, or the double nearest 10^-n) gives n exactly, as code that counts
  // digits expects.
  const n = Math.round(result);
  if (Math.abs(n) <= 22 && (n >= 0 ? EXACT_POWERS_OF_TEN[n] === x : 1 / EXACT_POWERS_OF_TEN[-n] === x)) return n;
  return result;
}

export function cbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  // A first guess from the exponent divided by three, then Newton steps: each doubles the bits.
  const e = exponentOf(a < 2.2250738585072014e-308 ? a * SUBNORMAL_SCALE : a) - (a < 2.2250738585072014e-308 ? 54 : 0);
  const third = Math.floor(e / 3);
  const m = scaleByPowerOfTwo(a, -3 * third);
  let y = scaleByPowerOfTwo(0.7 + 0.3 * m * 0.5, third);
  for (let i = 0; i < 6; i++) y -= (y - a / (y * y)) / 3;
  // A last step on the residual a - y^3 taken from exact products, so exact cubes come out exact.
  const square = twoProduct(y, y);
  const cube = twoProduct(square.hi, y);
  y += (((a - cube.hi) - cube.lo) - square.lo * y) / (3 * square.hi);
  return x < 0 ? -y : y;
}
