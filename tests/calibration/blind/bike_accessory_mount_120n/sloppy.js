// Sloppy: split ring clamp and bolt are fine, but the arm/gusset/boss float 6 mm clear of the clamp and the arm is far too long (out of the envelope).
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = { barDia: 31.8, wall: 6, width: 24, gap: 3, armW: 20, armH: 12, reach: 185, standoff: 6 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Ri = p.barDia / 2, Ro = Ri + p.wall, w = p.width, hA = p.armH / 2;
  const earZ = p.gap / 2 + 8, earX0 = -(Ro + 16);

  let clamp = makeCylinder(Ro, w, [0, -w / 2, 0], [0, 1, 0])
    .fuse(makeBox([earX0, -w / 2, -earZ], [-Ri + 2, w / 2, earZ]))
    .cut(makeCylinder(Ri, w + 2, [0, -w / 2 - 1, 0], [0, 1, 0]))
    .cut(makeBox([earX0 - 1, -w / 2 - 1, -p.gap / 2], [-Ri + 3, w / 2 + 1, p.gap / 2]));
  const bx = earX0 + 9;
  clamp = clamp.cut(makeCylinder(2.5, 2 * earZ + 2, [bx, 0, -earZ - 1], [0, 0, 1]));
  const bolt = makeCylinder(4.25, 5, [bx, 0, earZ], [0, 0, 1])
    .fuse(makeCylinder(2.5, 2 * earZ, [bx, 0, -earZ], [0, 0, 1]));

  // arm group, started a "standoff" away from the ring instead of on it
  const x0 = Ro + p.standoff;
  const boss = () => makeCylinder(10, 20, [p.reach, 0, -10], [0, 0, 1]);
  const arm = makeBox([x0, -p.armW / 2, -hA], [p.reach, p.armW / 2, hA]).cut(boss());
  const gusset = draw([x0, -hA]).lineTo([x0 + 70, -hA]).lineTo([x0, -hA - 20]).close()
    .sketchOnPlane("XZ", -3).extrude(6);
  const bossPart = boss().cut(makeCylinder(2.75, 22, [p.reach, 0, -11], [0, 0, 1]));

  return [
    { shape: clamp, name: "ring clamp", color: "#9aa3ad" },
    { shape: bolt, name: "bolt", color: "#333" },
    { shape: arm, name: "arm", color: "#b8c0c8" },
    { shape: gusset, name: "gusset", color: "#8d96a0" },
    { shape: bossPart, name: "boss", color: "#c9d0d6" },
  ];
};
