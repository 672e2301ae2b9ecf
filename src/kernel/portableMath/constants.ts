import { scaleByPowerOfTwo } from "./floatBits";

/**
 * The constants of the portable functions, computed here at load with exact integer arithmetic
 * rather than typed in: π (Machin's formula), ln 2 and ln 10 (atanh series) to `PRECISION` bits,
 * then cut into doubles. A part "with trailing zeros" keeps few enough significant bits that its
 * product with a small integer is exact, which is what argument reduction needs.
 */
const PRECISION = 1200;
const ONE = 1n << BigInt(PRECISION);

/** atan(1/n) or atanh(1/n), scaled by 2^PRECISION. */
function inverseSeries(n: bigint, alternating: boolean): bigint {
  let power = ONE / n;
  let sum = power;
  const n2 = n * n;
  for (let k = 1n; power !== 0n; k++) {
    power /= n2;
    const term = power / (2n * k + 1n);
    sum += alternating && k % 2n === 1n ? -term : term;
  }
  return sum;
}

const PI = 16n * inverseSeries(5n, true) - 4n * inverseSeries(239n, true);
const LN2 = 2n * inverseSeries(3n, false);
// ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
const LN10 = 3n * LN2 + 2n * inverseSeries(9n, false);

/** A fixed-point value (scaled by 2^scale) as the nearest double. */
function nearest(value: bigint, scale = PRECISION): number {
  if (value < 0n) return -nearest(-value, scale);
  // Number(bigint) rounds to nearest; keep 64 significant bits first so it need not see 1200.
  const shift = Math.max(0, value.toString(2).length - 64);
  return scaleByPowerOfTwo(Number(value >> BigInt(shift)), shift - scale);
}

/**
 * A fixed-point value as doubles: each of the first `count - 1` keeps only `bits` significant bits
 * (truncated), the last is the nearest double to what remains.
 */
function parts(value: bigint, bits: number, count: number): number[] {
  const out: number[] = [];
  let rest = value;
  for (let i = 0; i < count - 1; i++) {
    const length = rest.toString(2).length;
    const shift = BigInt(length - bits);
    const head = (rest >> shift) << shift;
    out.push(nearest(head));
    rest -= head;
  }
  out.push(nearest(rest));
  return out;
}

export const PI_HI = nearest(PI);
export const PI_LO = nearest(PI - toFixed(PI_HI));
export const HALF_PI_HI = PI_HI / 2;
export const HALF_PI_LO = PI_LO / 2;
export const QUARTER_PI_HI = PI_HI / 4;
export const QUARTER_PI_LO = PI_LO / 4;

/** π/2 in three parts of 33, 33 and 53 bits: k * part is exact for |k| < 2^20. */
export const [HALF_PI_1, HALF_PI_2, HALF_PI_3] = parts(PI >> 1n, 33, 3);

/** ln 2 with 32 significant bits (k * LN2_HI exact for any exponent k), and the rest. */
export const [LN2_HI, LN2_LO] = parts(LN2, 32, 2);
export const LN2_NEAREST = nearest(LN2);
/** 1/ln 10 and log10(2) as the nearest doubles, and log10(2) in a 32-bit part and the rest. */
export const INV_LN10 = nearest((ONE << BigInt(PRECISION)) / LN10);
export const [LOG10_2_HI, LOG10_2_LO] = parts((LN2 << BigInt(PRECISION)) / LN10, 32, 2);
export const [INV_LN2_HI, INV_LN2_LO] = parts((ONE << BigInt(PRECISION)) / LN2, 32, 2);

/** 2/π scaled by 2^PRECISION: the bits the reduction of huge trigonometric arguments multiplies by. */
export const TWO_OVER_PI_FIXED = (ONE << BigInt(PRECISION + 1)) / PI;
export const FIXED_PRECISION = PRECISION;

/** A double as a fixed-point integer scaled by 2^PRECISION (exact for the doubles used here). */
function toFixed(x: number): bigint {
  let scaled = x;
  let shift = 0;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    shift++;
  }
  return BigInt(scaled) << BigInt(PRECISION - shift);
}
