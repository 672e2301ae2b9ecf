// Step 1: base and two jaw blocks; no spindle, rails, handle or holes.
const { makeBox } = replicad;

const defaultParams = { length: 240, width: 140, jawHeight: 100 };

const main = (r, p) => [
  { shape: makeBox([0, -p.width / 2, 0], [p.length, p.width / 2, 14]), name: "base" },
  { shape: makeBox([20, -48, 14], [60, 48, 14 + p.jawHeight]), name: "fixed_jaw" },
  { shape: makeBox([110, -48, 14], [144, 48, 14 + p.jawHeight]), name: "moving_jaw" },
];
