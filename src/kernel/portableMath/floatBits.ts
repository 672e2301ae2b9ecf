/**
 * Exact operations on the bits and halves of doubles: the pieces every portable function is made
 * of. Only IEEE 754 basic arithmetic is used (+, -, *, /, sqrt), which every engine rounds the same.
 */
const view = new DataView(new ArrayBuffer(8));

/** The unbiased binary exponent of a finite non-zero x; subnormals report -1023. */
export function exponentOf(x: number): number {
  view.setFloat64(0, x);
  return ((view.getUint16(0) >> 4) & 0x7ff) - 1023;
}

/** x with its exponent field set to `exponent` (unbiased), sign and significand kept. */
export function withExponent(x: number, exponent: number): number {
  view.setFloat64(0, x);
  view.setUint16(0, (view.getUint16(0) & 0x800f) | ((exponent + 1023) << 4));
  return view.getFloat64(0);
}

/** 2^k for an integer k within the normal range [-1022, 1023], exactly. */
function normalPowerOfTwo(k: number): number {
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** x * 2^k, rounded once as the true product would be (in steps that stay in the normal range). */
export function scaleByPowerOfTwo(x: number, k: number): number {
  while (k > 1023) {
    x *= normalPowerOfTwo(1023);
    k -= 1023;
    if (!Number.isFinite(x)) return x;
  }
  // Going below the normal range in one multiplication rounds once, as a subnormal result must.
  if (k < -1022) {
    x *= normalPowerOfTwo(-1022);
    k += 1022;
    if (k < -1022) {
      x *= normalPowerOfTwo(-1022);
      k += 1022;
    }
    if (k < -1022) return x * 0;
    return x * normalPowerOfTwo(k);
  }
  return x * normalPowerOfTwo(k);
}

/** True when x is a finite integer. */
export function isInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** A number held as an unevaluated sum hi + lo with |lo| <= ulp(hi) / 2: about 106 bits. */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

const SPLITTER = 134217729; // 2^27 + 1: splits a double into two 26-bit halves (Dekker)

/** a * b exactly, as a rounded product and its error. Inputs must stay below about 2^995. */
export function twoProduct(a: number, b: number): DoubleDouble {
  const hi = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  const lo = aLo * bLo - (((hi - aHi * bHi) - aLo * bHi) - aHi * bLo);
  return { hi, lo };
}

/** a + b exactly, as a rounded sum and its error (Knuth; any order of magnitude). */
export function twoSum(a: number, b: number): DoubleDouble {
  const hi = a + b;
  const v = hi - a;
  const lo = (a - (hi - v)) + (b - v);
  return { hi, lo };
}

/** The double-double product of two double-doubles, renormalised. */
export function multiplyDD(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const p = twoProduct(a.hi, b.hi);
  const lo = p.lo + (a.hi * b.lo + a.lo * b.hi);
  const hi = p.hi + lo;
  return { hi, lo: lo - (hi - p.hi) };
}

/** 1 / a for a double-double a, renormalised. */
export function reciprocalDD(a: DoubleDouble): DoubleDouble {
  const q = 1 / a.hi;
  // The exact residual 1 - q * a, read from the product's error terms, corrects q once.
  const p = twoProduct(q, a.hi);
  const residual = ((1 - p.hi) - p.lo) - q * a.lo;
  const hi = q + q * residual;
  return { hi, lo: q * residual - (hi - q) };
}
