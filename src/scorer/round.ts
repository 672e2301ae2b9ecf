/** `value` to `digits` decimals: every number of the result JSON is rounded so, to stay identical from run to run and realm to realm. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
