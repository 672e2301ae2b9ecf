// Partial: one-piece split-ring mount with rear ears, pinch bolt, straight arm and vertical boss - but no gusset under the arm.
const { makeBox, makeCylinder } = replicad;

const defaultParams = {
  barDia: 31.8,
  wall: 6,
  width: 22,
  gap: 3,
  earOut: 15,     // ear projection behind the ring (-X)
  earT: 8,
  boltD: 5,
  armW: 18,
  armH: 14,
  reach: 115,
  bossR: 10,
  bossH: 20,
  holeD: 5.5,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Ri = p.barDia / 2, Ro = Ri + p.wall, w = p.width;
  const earZ = p.gap / 2 + p.earT;
  const earX0 = -(Ro + p.earOut);

  let body = makeCylinder(Ro, w, [0, -w / 2, 0], [0, 1, 0])
    .fuse(makeBox([earX0, -w / 2, -earZ], [-Ri, w / 2, earZ]))                       // ears
    .fuse(makeBox([Ri, -p.armW / 2, -p.armH / 2], [p.reach, p.armW / 2, p.armH / 2])) // arm
    .fuse(makeCylinder(p.bossR, p.bossH, [p.reach, 0, -p.bossH / 2], [0, 0, 1]));     // boss

  const boltX = earX0 + p.earOut / 2 + 1;
  body = body
    .cut(makeCylinder(Ri, w + 2, [0, -w / 2 - 1, 0], [0, 1, 0]))
    .cut(makeBox([earX0 - 1, -w / 2 - 1, -p.gap / 2], [-Ri + 3, w / 2 + 1, p.gap / 2]))
    .cut(makeCylinder(p.boltD / 2 + 0.25, earZ + 1, [boltX, 0, 0], [0, 0, 1]))
    .cut(makeCylinder(p.boltD / 2, earZ + 1, [boltX, 0, -earZ - 1], [0, 0, 1]))
    .cut(makeCylinder(p.holeD / 2, p.bossH + 2, [p.reach, 0, -p.bossH / 2 - 1], [0, 0, 1]));

  const bolt = makeCylinder(4.25, 5, [boltX, 0, earZ], [0, 0, 1])
    .fuse(makeCylinder(p.boltD / 2, 2 * earZ, [boltX, 0, -earZ], [0, 0, 1]));

  return [
    { shape: body, name: "clamp with arm and boss", color: "#a9b2bb" },
    { shape: bolt, name: "clamp bolt", color: "#303030" },
  ];
};
