// Step 1: base block and two straight arms meeting at the elbow; no pivots, holes, knobs or head mount.
const { makeBox } = replicad;

const defaultParams = { armWidth: 18 };

const main = (r, p) => [
  { shape: makeBox([5, -8, 0], [55, 0, 30]), name: "base_bracket" },
  { shape: makeBox([20, 0, 20], [38, 8, 150]).rotate(36, [29, 4, 25], [0, 1, 0]), name: "lower_arm" },
  { shape: makeBox([90, -8, 120], [220, 0, 120 + p.armWidth]), name: "upper_arm" },
];
