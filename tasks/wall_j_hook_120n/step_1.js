// Step 1: wall plate and a straight arm sticking out; no curve, no holes.
const { makeBox } = replicad;

const defaultParams = { plateHeight: 130, plateWidth: 60, plateThickness: 8, armLength: 110, bar: 14 };

const main = (r, p) => [
  { shape: makeBox([0, -p.plateWidth / 2, 45], [p.plateThickness, p.plateWidth / 2, 45 + p.plateHeight]), name: "wall_plate" },
  { shape: makeBox([p.plateThickness, -11, 45], [p.plateThickness + p.armLength, 11, 45 + p.bar]), name: "hook_arm" },
];
