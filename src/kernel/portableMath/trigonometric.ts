import {
  FIXED_PRECISION,
  HALF_PI_1,
  HALF_PI_2,
  HALF_PI_3,
  HALF_PI_HI,
  HALF_PI_LO,
  PI_HI,
  PI_LO,
  QUARTER_PI_HI,
  QUARTER_PI_LO,
  TWO_OVER_PI_FIXED,
} from "./constants";
import { inverseFactorial, polynomial } from "./series";
import { exponentOf, scaleByPowerOfTwo, twoProduct, twoSum, type DoubleDouble } from "./floatBits";

/**
 * sin, cos, tan, atan, atan2, asin and acos from basic arithmetic only: Taylor polynomials on a
 * reduced range, with the reduction carried in two doubles. Within an ulp or two of the engines'
 * own functions, and bit-for-bit the same in every engine.
 */

// sin r = r + r^3 (S3 + r^2 (S5 + ...)); truncation at r^17 errs below 2^-62 for |r| <= π/4.
const SIN = [3, 5, 7, 9, 11, 13, 15, 17].map((n, i) => (i % 2 ? 1 : -1) * inverseFactorial(n));
// cos r = 1 - r^2/2 + r^4 (C4 + r^2 (C6 + ...)), to r^18.
const COS = [4, 6, 8, 10, 12, 14, 16, 18].map((n, i) => (i % 2 ? -1 : 1) * inverseFactorial(n));

/** sin(hi + lo) for |hi + lo| <= π/4, |lo| tiny. */
function sinKernel(hi: number, lo: number): number {
  const z = hi * hi;
  return hi + (hi * z * polynomial(SIN, z) + lo * (1 - 0.5 * z));
}

/** cos(hi + lo) for |hi + lo| <= π/4. */
function cosKernel(hi: number, lo: number): number {
  const z = hi * hi;
  const half = 0.5 * z;
  const w = 1 - half;
  // 1 - w is exact; what it lost against half is added back with the small terms.
  return w + (((1 - w) - half) + (z * z * polynomial(COS, z) - hi * lo));
}

/** x = quadrant * π/2 + (hi + lo), |hi + lo| <= π/4 (a little more for huge x). */
interface Reduced {
  quadrant: number;
  hi: number;
  lo: number;
}

const CODY_WAITE_LIMIT = 823549.6; // 2^19 * π/2: below it, k * HALF_PI_1 is exact.

function reduce(x: number): Reduced {
  if (Math.abs(x) <= QUARTER_PI_HI) return { quadrant: 0, hi: x, lo: 0 };
  if (Math.abs(x) < CODY_WAITE_LIMIT) {
    const k = Math.round(x * (2 / PI_HI));
    const t = x - k * HALF_PI_1;
    const w = k * HALF_PI_2;
    const r = t - w;
    const lost = (t - r) - w;
    const tail = lost - k * HALF_PI_3;
    const hi = r + tail;
    return { quadrant: k, hi, lo: tail - (hi - r) };
  }
  return reduceHuge(x);
}

/**
 * Reduction of a huge argument with exact integer arithmetic: |x| * 2/π to 1200 bits, its
 * integer part taken modulo 4 and its fraction (centred on zero) turned back into radians.
 */
function reduceHuge(x: number): Reduced {
  const e = exponentOf(x) - 52;
  const significand = BigInt(scaleByPowerOfTwo(Math.abs(x), -e));
  const product = significand * TWO_OVER_PI_FIXED;
  const fraction = BigInt(FIXED_PRECISION - e);
  const whole = product >> fraction;
  let rest = product - (whole << fraction);
  let quadrant = Number(whole & 3n);
  if (rest >= 1n << (fraction - 1n)) {
    rest -= 1n << fraction;
    quadrant = (quadrant + 1) & 3;
  }
  const negativeRest = rest < 0n;
  const top = (negativeRest ? -rest : rest) >> (fraction - 120n);
  const topHi = Number(top);
  const fHi = scaleByPowerOfTwo(topHi, -120);
  const fLo = scaleByPowerOfTwo(Number(top - BigInt(topHi)), -120);
  const p = twoProduct(fHi, HALF_PI_HI);
  const tail = p.lo + (fHi * HALF_PI_LO + fLo * HALF_PI_HI);
  let hi = p.hi + tail;
  let lo = tail - (hi - p.hi);
  if (negativeRest !== x < 0) {
    hi = -hi;
    lo = -lo;
  }
  return { quadrant: x < 0 ? -quadrant : quadrant, hi, lo };
}

const TINY = 3.725290298461914e-9; // 2^-28: below it sin x and tan x round to x, cos x to 1.

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const { quadrant, hi, lo } = reduce(x);
  switch (quadrant & 3) {
    case 0:
      return sinKernel(hi, lo);
    case 1:
      return cosKernel(hi, lo);
    case 2:
      return -sinKernel(hi, lo);
    default:
      return -cosKernel(hi, lo);
  }
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  const { quadrant, hi, lo } = reduce(x);
  switch (quadrant & 3) {
    case 0:
      return cosKernel(hi, lo);
    case 1:
      return -sinKernel(hi, lo);
    case 2:
      return -cosKernel(hi, lo);
    default:
      return sinKernel(hi, lo);
  }
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const { quadrant, hi, lo } = reduce(x);
  const s = sinKernel(hi, lo);
  const c = cosKernel(hi, lo);
  return quadrant & 1 ? -c / s : s / c;
}

// atan u = u + u^3 (A3 + u^2 (A5 + ...)) for |u| <= tan(π/8): 22 terms err below 2^-60.
const ATAN = Array.from({ length: 22 }, (_, i) => (i % 2 ? 1 : -1) / (2 * i + 3));
const TAN_EIGHTH_PI = 0.41421356237309503;

function atanSeries(u: number): number {
  const z = u * u;
  return u + u * z * polynomial(ATAN, z);
}

/** atan of t in [0, 1]. */
function atanUnit(t: number): number {
  if (t <= TAN_EIGHTH_PI) return atanSeries(t);
  // atan t = π/4 + atan((t - 1) / (t + 1)), and |(t - 1) / (t + 1)| <= tan(π/8); the
  // quotient's rounding error is carried as in atanOfRatio.
  const below = t - 1;
  const above = twoSum(t, 1);
  const u = below / above.hi;
  const p = twoProduct(u, above.hi);
  const delta = ((below - p.hi) - p.lo - u * above.lo) / above.hi;
  return QUARTER_PI_HI + ((atanSeries(u) + delta / (1 + u * u)) + QUARTER_PI_LO);
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const a = Math.abs(x);
  const r = a <= 1 ? atanUnit(a) : HALF_PI_HI - (atanUnit(1 / a) - HALF_PI_LO);
  return x < 0 ? -r : r;
}

/**
 * atan(n / d) for positive double-doubles n and d, the quotient's rounding error carried into the
 * result (atan(q + δ) = atan q + δ / (1 + q^2)) so the division costs no precision.
 */
function atanOfRatio(n: DoubleDouble, d: DoubleDouble): number {
  if (n.hi <= d.hi) {
    const q = n.hi / d.hi;
    const p = twoProduct(q, d.hi);
    const delta = ((n.hi - p.hi) - p.lo + n.lo - q * d.lo) / d.hi;
    return atanUnit(q) + delta / (1 + q * q);
  }
  const q = d.hi / n.hi;
  const p = twoProduct(q, n.hi);
  const delta = ((d.hi - p.hi) - p.lo + d.lo - q * n.lo) / n.hi;
  return HALF_PI_HI - ((atanUnit(q) + delta / (1 + q * q)) - HALF_PI_LO);
}

const exactly = (x: number): DoubleDouble => ({ hi: x, lo: 0 });

/** ECMAScript's Math.atan2, special values included (sign of zero, infinities). */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negativeY = y < 0 || Object.is(y, -0);
  const signed = (r: number) => (negativeY ? -r : r);
  const negativeX = x < 0 || Object.is(x, -0);
  if (y === 0) return negativeX ? signed(PI_HI) : y;
  if (x === 0) return signed(HALF_PI_HI);
  if (!Number.isFinite(x)) {
    if (!Number.isFinite(y)) return signed(x > 0 ? QUARTER_PI_HI : 3 * QUARTER_PI_HI);
    return negativeX ? signed(PI_HI) : signed(0);
  }
  if (!Number.isFinite(y)) return signed(HALF_PI_HI);
  const t = safeRatio(Math.abs(y), Math.abs(x));
  return signed(negativeX ? PI_HI - (t - PI_LO) : t);
}

/** atan(n / d) for finite n, d > 0; the exact-residual path needs both within Dekker's range. */
function safeRatio(n: number, d: number): number {
  const big = Math.max(n, d);
  const small = Math.min(n, d);
  if (big < 1e290 && small > 1e-290) return atanOfRatio(exactly(n), exactly(d));
  return n <= d ? atanUnit(n / d) : HALF_PI_HI - (atanUnit(d / n) - HALF_PI_LO);
}

/** sqrt(1 - x^2) for |x| <= 1, in two doubles. */
function cosineOfSine(x: number): DoubleDouble {
  const square = twoProduct(x, x);
  const oneMinus = twoSum(1, -square.hi);
  const wHi = oneMinus.hi;
  const wLo = oneMinus.lo - square.lo;
  if (wHi <= 0) return { hi: 0, lo: 0 };
  const root = Math.sqrt(wHi);
  const r = twoProduct(root, root);
  return { hi: root, lo: (((wHi - r.hi) - r.lo) + wLo) / (2 * root) };
}

export function asin(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return x;
  const c = cosineOfSine(x);
  const r = c.hi === 0 ? HALF_PI_HI : atanOfRatio(exactly(Math.abs(x)), c);
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 0) return HALF_PI_HI;
  const c = cosineOfSine(x);
  if (c.hi === 0) return x > 0 ? 0 : PI_HI;
  // acos x = atan(sqrt(1 - x^2) / x), in the upper half-plane.
  if (x > 0) return atanOfRatio(c, exactly(x));
  return HALF_PI_HI + (atanOfRatio(exactly(-x), c) + HALF_PI_LO);
}
