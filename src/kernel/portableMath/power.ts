import { exp, logDD } from "./exponential";
import { isInteger, multiplyDD, reciprocalDD, twoProduct, type DoubleDouble } from "./floatBits";

/**
 * ECMAScript's Number::exponentiate (Math.pow and `**`) from basic arithmetic only. Integer
 * exponents multiply in double-double, so exact results are exact and others round within an
 * ulp; y = 1/2 is the square root; any other y goes through e^(y log x) with log x in two doubles.
 */
export function pow(x: number, y: number): number {
  if (Number.isNaN(y)) return NaN;
  if (y === 0) return 1;
  if (Number.isNaN(x)) return NaN;
  const oddInteger = isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
  if (!Number.isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1) return NaN;
    return (a > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0 || !Number.isFinite(x)) {
    // Zeros and infinities: the size is 0 or ∞ by the signs; the sign survives only odd powers.
    const large = (x === 0) === (y < 0);
    const negative = (x < 0 || Object.is(x, -0)) && oddInteger;
    const size = large ? Infinity : 0;
    return negative ? -size : size;
  }
  if (x < 0 && !isInteger(y)) return NaN;
  const a = Math.abs(x);
  const size = isInteger(y) && Math.abs(y) <= 1073741824 ? integerPower(a, y) : y === 0.5 ? Math.sqrt(a) : generalPower(a, y);
  return x < 0 && oddInteger ? -size : size;
}

/** Double-double products are exact while they stay within these sizes (Dekker's split). */
const fitsProduct = (p: number) => p < 1e290 && p > 1e-290;

/** a^n for a > 0 and an integer n by squaring in double-double; out of range, the general path. */
function integerPower(a: number, n: number): number {
  let result: DoubleDouble = { hi: 1, lo: 0 };
  let base: DoubleDouble = { hi: a, lo: 0 };
  for (let m = Math.abs(n); ; ) {
    if (m % 2 === 1) {
      if (!fitsProduct(result.hi * base.hi)) return generalPower(a, n);
      result = multiplyDD(result, base);
    }
    m = Math.floor(m / 2);
    if (m === 0) break;
    if (!fitsProduct(base.hi * base.hi)) return generalPower(a, n);
    base = multiplyDD(base, base);
  }
  if (n < 0) result = reciprocalDD(result);
  return result.hi + result.lo;
}

/** a^y = e^(y log a) for a > 0, the product carried in two doubles. */
function generalPower(a: number, y: number): number {
  const l = logDD(a);
  if (l.hi === 0) return 1;
  // Beyond Dekker's range |y log a| is astronomically large: the answer is 0 or ∞.
  if (Math.abs(y) > 1e290) return (y > 0) === (l.hi > 0) ? Infinity : 0;
  const p = twoProduct(y, l.hi);
  const hi = p.hi;
  const lo = p.lo + y * l.lo;
  if (hi + lo > 709.782712893384 + 1) return Infinity;
  if (hi + lo < -745.1332191019412 - 1) return 0;
  // e^(hi + lo) = e^hi (1 + lo) to well below an ulp, since |lo| is tiny.
  const e = exp(hi);
  return e + e * lo;
}
