import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";
import { simple as walkSimple } from "acorn-walk";
import { transform } from "sucrase";
import { describe, expect, it } from "vitest";
import { installPortableMath, PORTABLE_MATH } from "./portableMath";

// The engine's own functions, from a fresh realm: this process's Math may already carry the
// portable ones (the kernel installs them when it loads).
const native = runInNewContext("Math") as Math;
type Name = keyof typeof PORTABLE_MATH;

const view = new DataView(new ArrayBuffer(16));
/** Distance in units in the last place between two doubles of the same sign (0 for equal NaNs). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return Infinity;
  view.setFloat64(0, Math.abs(a));
  view.setFloat64(8, Math.abs(b));
  return Number(view.getBigInt64(0) - view.getBigInt64(8)) * Math.sign(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

const RANGES: Record<Name, (r: () => number) => number[]> = {
  sin: (r) => [(r() - 0.5) * 2000],
  cos: (r) => [(r() - 0.5) * 2000],
  tan: (r) => [(r() - 0.5) * 20],
  asin: (r) => [r() * 2 - 1],
  acos: (r) => [r() * 2 - 1],
  atan: (r) => [(r() - 0.5) * 200],
  atan2: (r) => [(r() - 0.5) * 200, (r() - 0.5) * 200],
  sinh: (r) => [(r() - 0.5) * 60],
  cosh: (r) => [(r() - 0.5) * 60],
  tanh: (r) => [(r() - 0.5) * 10],
  asinh: (r) => [(r() - 0.5) * 2000],
  acosh: (r) => [1 + r() * 200],
  atanh: (r) => [r() * 2 - 1],
  exp: (r) => [(r() - 0.5) * 1400],
  expm1: (r) => [(r() - 0.5) * 10],
  log: (r) => [r() * 1e6],
  log1p: (r) => [r() * 10 - 0.999],
  log2: (r) => [r() * 1e4],
  log10: (r) => [r() * 1e4],
  cbrt: (r) => [(r() - 0.5) * 1e5],
  pow: (r) => [r() * 100, (r() - 0.5) * 30],
};

describe("portable Math", () => {
  it.each(Object.keys(RANGES) as Name[])("%s stays within 3 ulps of the engine's own on 20,000 inputs", (name) => {
    const draw = random(7 + name.length);
    const portable = PORTABLE_MATH[name] as (...args: number[]) => number;
    const own = native[name] as (...args: number[]) => number;
    let worst = 0;
    let worstAt: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const args = RANGES[name](draw);
      const distance = ulps(portable(...args), own(...args));
      if (distance > worst) [worst, worstAt] = [distance, args];
    }
    expect(worst, `${name}(${worstAt.join(", ")})`).toBeLessThanOrEqual(3);
  });

  const SPECIAL = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, -0.5, 2, -2, 1e-320, -1e-320, 1e-10, 710, -746, 1e308, -1e308, 3, -3, 1.5];
  it.each(Object.keys(RANGES) as Name[])("%s answers ECMAScript's special values as the engine does", (name) => {
    const portable = PORTABLE_MATH[name] as (...args: number[]) => number;
    const own = native[name] as (...args: number[]) => number;
    const pairs = name === "pow" || name === "atan2" ? SPECIAL.flatMap((a) => SPECIAL.map((b) => [a, b])) : SPECIAL.map((a) => [a]);
    for (const args of pairs) {
      const expected = own(...args);
      const got = portable(...args);
      // Exact where the standard fixes the answer (NaN, zeros and their signs, infinities).
      if (!Number.isFinite(expected) || expected === 0 || Number.isNaN(expected)) expect(Object.is(got, expected), `${name}(${args.join(", ")})`).toBe(true);
      else expect(ulps(got, expected), `${name}(${args.join(", ")})`).toBeLessThanOrEqual(3);
    }
  });

  it("keeps exact answers exact: powers, logarithms of powers, cube roots of cubes, squares and square roots", () => {
    for (let k = -1074; k <= 1023; k++) expect(PORTABLE_MATH.log2(native.pow(2, k))).toBe(k);
    for (let n = -22; n <= 22; n++) expect(PORTABLE_MATH.log10(Number(`1e${n}`))).toBe(n);
    for (let n = 0; n <= 33; n++) {
      expect(PORTABLE_MATH.pow(3, n)).toBe(Number(3n ** BigInt(n)));
      expect(PORTABLE_MATH.pow(-2, n)).toBe(Number((-2n) ** BigInt(n)));
      expect(PORTABLE_MATH.pow(10, -Math.min(n, 22))).toBe(Number(`1e-${Math.min(n, 22)}`));
    }
    for (let i = 1; i <= 2000; i++) expect(PORTABLE_MATH.cbrt(i * i * i)).toBe(i);
    const draw = random(3);
    for (let i = 0; i < 2000; i++) {
      const x = (draw() - 0.5) * 1e4;
      expect(PORTABLE_MATH.pow(x, 2)).toBe(x * x);
      expect(PORTABLE_MATH.pow(Math.abs(x), 0.5)).toBe(Math.sqrt(Math.abs(x)));
      expect(PORTABLE_MATH.pow(x, 1)).toBe(x);
    }
  });

  it("reduces huge trigonometric arguments exactly (2^1000 rad and its neighbours)", () => {
    for (const x of [1e22, 2 ** 60, 2 ** 1000, 1.7976931348623157e308, 823549.7, 1e6 + 0.25, 5e15, -3e200]) {
      expect(ulps(PORTABLE_MATH.sin(x), native.sin(x)), `sin ${x}`).toBeLessThanOrEqual(1);
      expect(ulps(PORTABLE_MATH.cos(x), native.cos(x)), `cos ${x}`).toBeLessThanOrEqual(1);
    }
  });

  it("installs on Math under the built-ins' names and attributes, once", () => {
    installPortableMath();
    installPortableMath();
    for (const name of Object.keys(PORTABLE_MATH) as Name[]) {
      expect(Math[name]).toBe(PORTABLE_MATH[name]);
      expect(Math[name].name).toBe(name);
      expect(Math[name].length).toBe(native[name].length);
      const descriptor = Object.getOwnPropertyDescriptor(Math, name)!;
      expect(descriptor).toMatchObject({ writable: true, enumerable: false, configurable: true });
    }
  });
});

describe("the code that builds and scores", () => {
  it("never uses the `**` operator beyond squares: the operator is the engine's pow, which Math cannot replace", () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.ts$/.test(entry) && !/\.test\.ts$/.test(entry)) {
          const javascript = transform(readFileSync(path, "utf8"), { transforms: ["typescript"] }).code;
          walkSimple(parse(javascript, { ecmaVersion: "latest", sourceType: "module" }), {
            BinaryExpression(node: any) {
              if (node.operator === "**" && !(node.right.type === "Literal" && node.right.value === 2)) offenders.push(`${path}: ${javascript.slice(node.start, node.end)}`);
            },
          });
        }
      }
    };
    for (const dir of ["src/kernel", "src/scorer", "src/env", "src/tasks", "src/worker", "src/calibration"]) visit(dir);
    expect(offenders).toEqual([]);
  });
});
