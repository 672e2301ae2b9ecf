// Step 1: an L of wall plate and arm; no rib and no holes.
const { makeBox } = replicad;

const defaultParams = { armLength: 220, height: 180, width: 50, thickness: 8 };

const main = (r, p) => [
  { shape: makeBox([0, -p.width / 2, 0], [p.thickness, p.width / 2, p.height]), name: "wall_plate" },
  { shape: makeBox([0, -p.width / 2, p.height - 10], [p.armLength, p.width / 2, p.height]), name: "support_arm" },
];
