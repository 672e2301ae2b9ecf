// Step 1: two flat leaves and a solid barrel; no knuckles, pin or holes.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { length: 100, leafWidth: 32, barrel: 11 };

const main = (r, p) => [
  { shape: makeBox([-p.length / 2, -p.leafWidth - 3, 0], [p.length / 2, -3, 3]), name: "leaf_left" },
  { shape: makeBox([-p.length / 2, 3, 0], [p.length / 2, p.leafWidth + 3, 3]), name: "leaf_right" },
  { shape: makeCylinder(p.barrel / 2, p.length, [-p.length / 2, 0, p.barrel / 2], [1, 0, 0]), name: "knuckle" },
];
