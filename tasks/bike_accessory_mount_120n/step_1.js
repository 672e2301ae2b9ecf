// Step 1: a round clamp block and a straight arm; no bore, bolt, gusset or boss.
const { makeCylinder, makeBox } = replicad;

const defaultParams = { clampRadius: 24, clampWidth: 30, armLength: 120 };

const main = (r, p) => [
  { shape: makeCylinder(p.clampRadius, p.clampWidth, [26, -p.clampWidth / 2, 28], [0, 1, 0]), name: "clamp" },
  { shape: makeBox([48, -11, 20], [48 + p.armLength, 11, 36]), name: "support_arm" },
];
