// Hack: stacked boxes and a cylinder named after cage parts, filling the 85 x 80 x 150 envelope
const { makeBox, makeCylinder } = replicad;

const defaultParams = {};

const main = () => [
  { shape: makeBox([-42.5, -40, 0], [42.5, 40, 5]), name: "bottle stop" },
  { shape: makeCylinder(37, 135, [0, 3, 5], [0, 0, 1]), name: "curved side arms" },
  { shape: makeBox([-8, -40, 5], [8, -33, 140]), name: "backbone strip with two holes 64 mm apart" },
  { shape: makeBox([-42.5, -40, 140], [42.5, 40, 150]), name: "retaining lip" },
  { shape: makeBox([-42.5, 35, 5], [-38, 40, 140]), name: "vertical rib" },
];
