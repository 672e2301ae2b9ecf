/** `value` to `digits` decimals: every number of the result JSON is rounded so, to stay identical from run to run and realm to realm. */
export function round(value: number, digits: number): number {
  // Math.pow, not `**`: the kernel installs a portable pow on Math, the operator stays the engine's.
  const f = Math.pow(10, digits);
  return Math.round(value * f) / f;
}
