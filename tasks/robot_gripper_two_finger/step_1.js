// Step 1: flange, palm and two straight fingers joined to the palm; no links, pivots, pads or holes.
const { makeBox } = replicad;

const defaultParams = { fingerLength: 80, opening: 70 };

const main = (r, p) => [
  { shape: makeBox([0, -55, 0], [8, 55, 60]), name: "mounting_flange" },
  { shape: makeBox([7, -45, 10], [60, 45, 50]), name: "palm_block" },
  { shape: makeBox([60, p.opening / 2, 10], [60 + p.fingerLength, p.opening / 2 + 10, 50]), name: "finger" },
  { shape: makeBox([60, -p.opening / 2 - 10, 10], [60 + p.fingerLength, -p.opening / 2, 50]), name: "finger" },
];
