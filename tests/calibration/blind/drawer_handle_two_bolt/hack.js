// Hack: an envelope-sized block named as the grip bar sitting on two thin discs named as the mounting posts
const { makeBox, makeCylinder } = replicad;

const main = () => [
  { shape: makeBox([-80, -19, 1], [80, 19, 40]), name: "grip bar" },
  { shape: makeCylinder(5, 1, [-64, 0, 0], [0, 0, 1]), name: "mounting post 1 (screw hole)" },
  { shape: makeCylinder(5, 1, [64, 0, 0], [0, 0, 1]), name: "mounting post 2 (screw hole)" },
];
