// Step 1: root block, straight arm and a solid boss; no bolts, bore or lightening.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { rootLength: 44, width: 84, armHeight: 22, bossRadius: 40, bossCentre: 195 };

const main = (r, p) => [
  { shape: makeBox([0, -p.width / 2, 0], [p.rootLength, p.width / 2, 34]), name: "fixed_root" },
  { shape: makeBox([p.rootLength - 2, -25, 0], [p.bossCentre, 25, p.armHeight]), name: "clamp_arm" },
  { shape: makeCylinder(p.bossRadius, 50, [p.bossCentre, 0, 0]), name: "shaft_boss" },
];
