// Step 1: base plate and an upright back; no tilt, hinge, lip, stops or bosses.
const { makeBox } = replicad;

const defaultParams = { baseWidth: 110, baseDepth: 120, supportHeight: 150 };

const main = (r, p) => [
  { shape: makeBox([-p.baseWidth / 2, -p.baseDepth / 2, 0], [p.baseWidth / 2, p.baseDepth / 2, 8]), name: "base_plate" },
  { shape: makeBox([-45, 19, 8], [45, 25, 8 + p.supportHeight]), name: "back_support" },
];
