/** Small models in both code forms, with part names and colours the tests can look for. */
export const plateAndPost = `const { makeBaseBox, makeCylinder } = replicad;

const defaultParams = { width: 80, postHeight: 40 };

const main = (r, { width, postHeight }) => [
  { shape: makeBaseBox(width, 60, 8), name: "plate", color: "#2f6fde" },
  { shape: makeCylinder(8, postHeight).translate([0, 0, 8]), name: "post", color: "#e0842a" },
];
`;

export const plateOnly = `import { makeBaseBox } from "replicad";

export default function main() {
  return [{ shape: makeBaseBox(80, 60, 8), name: "plate", color: "#2f6fde" }];
}
`;

/** The parser stops at line 4, column 38 (the `;` where `)` belongs). */
export const syntaxError = `const { makeBaseBox } = replicad;

const main = () => {
  const plate = makeBaseBox(80, 60, 8;
  return plate;
};
`;

export const runawayLoop = `const { makeBaseBox } = replicad;

const main = () => {
  while (true) {}
};
`;

/**
 * Hangs inside one native call, a backtracking regular expression, where the work budget cannot
 * count: only the wall-clock backstop stops it.
 */
export const nativeHang = `const { makeBaseBox } = replicad;

const main = () => {
  /(a+)+$/.test("a".repeat(40) + "!");
  return makeBaseBox(1, 1, 1);
};
`;

/** Hoards memory until the worker cannot allocate any more. */
export const memoryHog = `const main = () => {
  const hoard = [];
  for (let i = 0; i < 400; i++) hoard.push(new Float64Array(128 * 1024 * 1024));
  return hoard.length;
};
`;
