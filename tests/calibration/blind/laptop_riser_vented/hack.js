// Hack: one envelope-sized block called the platform, with thin named slabs for rails, stops, legs and vents
const { makeBox } = replicad;
const main = () => [
  { shape: makeBox([-160, -120, 0], [160, 120, 110]), name: "tilted platform" },
  { shape: makeBox([-160, -120, 110], [160, 120, 112]), name: "ventilation slots" },
  { shape: makeBox([-160, -120, 112], [-150, 120, 120]), name: "left side rail" },
  { shape: makeBox([150, -120, 112], [160, 120, 120]), name: "right side rail" },
  { shape: makeBox([-100, -120, 112], [-80, -110, 120]), name: "front stop left" },
  { shape: makeBox([80, -120, 112], [100, -110, 120]), name: "front stop right" },
  { shape: makeBox([-60, 100, 112], [-40, 120, 120]), name: "rear leg left" },
  { shape: makeBox([40, 100, 112], [60, 120, 120]), name: "rear leg right" },
];
