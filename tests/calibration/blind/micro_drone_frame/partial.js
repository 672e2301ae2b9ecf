// Partial: micro quad frame with plate, stack holes, channelled arms and bosses with shaft holes only - no prop guards and no motor screw holes
const { drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  plateSize: 44, plateT: 3, plateR: 6,
  stack: 20, stackHoleD: 3.2,
  motorXY: 53,                // motor centre offset along X and Y
  armW: 10, armT: 4, armStart: 16,
  chanW: 4, chanDepth: 2,
  bossR: 9, bossH: 6, shaftD: 5, motorHoleD: 2.2, motorHoleCircle: 12,
  guardIn: 34, guardWall: 2, guardH: 20, tieW: 5,   // ring rises past the prop plane
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const R = Math.SQRT2 * p.motorXY;          // motor radius from centre along the diagonal
  const z0 = p.plateT, z1 = p.plateT + p.armT;
  const parts = [];

  // centre plate with the flight-controller stack holes
  let plate = drawRoundedRectangle(p.plateSize, p.plateSize, p.plateR).sketchOnPlane("XY").extrude(p.plateT);
  for (const sx of [-1, 1]) for (const sy of [-1, 1])
    plate = plate.cut(makeCylinder(p.stackHoleD / 2, p.plateT + 2, [sx * p.stack / 2, sy * p.stack / 2, -1]));
  parts.push({ shape: plate, name: "centre plate", color: "#333333" });

  [45, 135, 225, 315].forEach((ang, i) => {
    const n = i + 1;
    const rot = (s) => s.rotate(ang, [0, 0, 0], [0, 0, 1]);
    // motor boss at the arm tip
    let boss = makeCylinder(p.bossR, p.bossH, [R, 0, z0]);
    boss = boss.cut(makeCylinder(p.shaftD / 2, p.bossH + 2, [R, 0, z0 - 1]));
    // arm bar sitting on the plate corner, with an open wire channel along its top
    const armSolid = makeBox([p.armStart, -p.armW / 2, z0], [R, p.armW / 2, z1]);
    let arm = armSolid.clone().cut(makeCylinder(p.bossR, p.bossH, [R, 0, z0]));
    arm = arm.cut(makeBox([p.armStart - 1, -p.chanW / 2, z1 - p.chanDepth], [R - p.bossR + 1, p.chanW / 2, z1 + 1]));
    parts.push({ shape: rot(arm), name: `arm ${n}`, color: "#444444" });
    parts.push({ shape: rot(boss), name: `motor boss ${n}`, color: "#555555" });
  });
  return parts;
};
