// Step 1: a box split into base and cover at the seam; no bores, flanges, ribs or drain.
const { makeBox } = replicad;

const defaultParams = { length: 200, width: 120, height: 150, seam: 80 };

const main = (r, p) => [
  { shape: makeBox([-p.length / 2, -p.width / 2, 0], [p.length / 2, p.width / 2, p.seam]), name: "lower_housing" },
  { shape: makeBox([-p.length / 2, -p.width / 2, p.seam], [p.length / 2, p.width / 2, p.height]), name: "cover" },
];
