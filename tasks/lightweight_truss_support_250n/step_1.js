// Step 1: plate, two chords as plain bars and a boss; no ribs, no holes.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { length: 260, height: 130, depth: 12 };

const main = (r, p) => [
  { shape: makeBox([0, -35, 0], [10, 35, p.height]), name: "mounting_plate" },
  { shape: makeBox([10, -p.depth / 2, p.height - 25], [p.length - 40, p.depth / 2, p.height - 11]), name: "top_chord" },
  { shape: makeBox([10, -p.depth / 2, 11], [p.length - 40, p.depth / 2, 25]), name: "bottom_chord" },
  { shape: makeCylinder(22, 40, [p.length - 22, -20, p.height / 2], [0, 1, 0]), name: "load_boss" },
];
