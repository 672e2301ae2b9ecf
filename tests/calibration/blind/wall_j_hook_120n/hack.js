// Hack: envelope-sized block named as the hook with small named boxes for plate, holes, bend and tip
const { makeBox } = replicad;
const main = () => [
  { shape: makeBox([0, -45, 0], [160, 45, 170]), name: "J hook bar" },
  { shape: makeBox([0, -45, 170], [10, 45, 180]), name: "wall plate" },
  { shape: makeBox([10, -2, 170], [14, 2, 174]), name: "screw hole 1" },
  { shape: makeBox([20, -2, 170], [24, 2, 174]), name: "screw hole 2" },
  { shape: makeBox([150, -5, 170], [160, 5, 180]), name: "rounded tip" },
  { shape: makeBox([80, -5, 170], [90, 5, 175]), name: "half circle bend" },
];
