/** The coefficients' polynomial at z by Horner's rule: c0 + z (c1 + z (c2 + ...)). */
export function polynomial(coefficients: readonly number[], z: number): number {
  let p = coefficients[coefficients.length - 1];
  for (let i = coefficients.length - 2; i >= 0; i--) p = coefficients[i] + z * p;
  return p;
}

/** 1 / n!, rounded once (n! itself is exact in a double up to 22!). */
export function inverseFactorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return 1 / f;
}
